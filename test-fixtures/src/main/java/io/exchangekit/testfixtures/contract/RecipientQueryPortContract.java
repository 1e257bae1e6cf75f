package io.exchangekit.testfixtures.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.core.search.SearchQuery;
import io.exchangekit.core.search.SearchValue;
import io.exchangekit.ports.out.exchange.RecipientQueryPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RecipientQueryPort} must do: return the properties a query asks for (an unset
 * one as an empty list, a multi-valued one with every value); find exactly what a filter or an
 * identity names, each recipient once, however many there are; honour a result size; and release
 * what a stream holds when it is closed early.
 *
 * <p>Extend it with {@link #backend()} and {@link #acceptedDomain()}; see {@link
 * ExchangePortContractSupport} for what the suite assumes about the organisation.
 */
public abstract class RecipientQueryPortContract extends ExchangePortContractSupport {

  /** How many groups the filter test creates: more than one page of any sensible page size. */
  protected int manyRecipients() {
    return 120;
  }

  @Test
  protected void givenRequestedProperties_search_returnsEachOfThemForTheRecipient() {
    String name = createSharedMailbox("Props");
    run(command("Set-Mailbox", "Identity", name, "CustomAttribute5", "five"));
    SearchQuery query =
        SearchQuery.all("Get-Mailbox")
            .with("Identity", SearchValue.text(name))
            .withProperties(
                List.of("Name", "Alias", "DisplayName", "CustomAttribute5", "CustomAttribute6"));

    List<RecipientRecord> found = search(query);

    assertEquals(1, found.size(), found.toString());
    Map<String, List<String>> p = found.get(0).properties();
    assertTrue(p.keySet().containsAll(query.properties()), p.keySet().toString());
    assertEquals(List.of(name), p.get("Name"));
    assertEquals(List.of(name), p.get("Alias"));
    assertEquals(List.of("five"), p.get("CustomAttribute5"));
    assertEquals(List.of(), p.get("CustomAttribute6"), "an unset property is an empty list");
  }

  @Test
  protected void givenAMultiValuedProperty_search_returnsEveryValue() {
    String name = createSharedMailbox("Multi");
    String extra = "smtp:" + name + ".alt@" + acceptedDomain();
    run(
        command(
            "Set-Mailbox",
            "Identity",
            name,
            "EmailAddresses",
            new ParameterValue.MultiValuedUpdate(List.of(extra), List.of())));

    List<RecipientRecord> found =
        search(
            SearchQuery.all("Get-Mailbox")
                .with("Identity", SearchValue.text(name))
                .withProperties(List.of("EmailAddresses")));

    assertEquals(1, found.size());
    List<String> addresses = found.get(0).properties().get("EmailAddresses");
    assertTrue(addresses.size() >= 2, addresses.toString());
    assertTrue(
        addresses.stream().anyMatch(a -> a.equalsIgnoreCase(extra)),
        extra + " not among " + addresses);
  }

  @Test
  protected void givenManyRecipients_searchWithAFilter_streamsEachMatchExactlyOnce() {
    String prefix = unique("Bulk");
    List<ExchangeCommand> commands = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < manyRecipients(); i++) {
      String name = prefix + "-" + i;
      names.add(name);
      commands.add(command("New-DistributionGroup", "Name", name, "Alias", prefix + "a" + i));
    }
    backend().commands().run(new ExchangePlan(commands));
    SearchQuery query =
        SearchQuery.all("Get-DistributionGroup")
            .with("Filter", SearchValue.text("Name -like '" + prefix + "-*'"))
            .withProperties(List.of("Name"));

    List<String> found =
        search(query).stream().map(r -> r.properties().get("Name").get(0)).toList();

    assertEquals(names.size(), found.size(), "records streamed");
    assertEquals(names, new TreeSet<>(found));
  }

  @Test
  protected void givenAResultSize_search_returnsNoMoreThanThat() {
    String prefix = unique("Sized");
    for (int i = 0; i < 3; i++) {
      run(command("New-DistributionGroup", "Name", prefix + "-" + i, "Alias", prefix + "a" + i));
    }
    SearchQuery query =
        SearchQuery.all("Get-DistributionGroup")
            .with("Filter", SearchValue.text("Name -like '" + prefix + "-*'"))
            .with("ResultSize", SearchValue.number(2))
            .withProperties(List.of("Name"));

    assertEquals(2, search(query).size());
  }

  @Test
  protected void givenAHostileName_searchByIdentityOrFilter_findsExactlyThatGroup() {
    String name = unique("Hostile") + " O'Brien\u2019s \"Team\" $(x) `;|";
    run(command("New-DistributionGroup", "Name", name, "Alias", unique("ob")));
    SearchQuery byIdentity =
        SearchQuery.all("Get-DistributionGroup")
            .with("Identity", SearchValue.text(name))
            .withProperties(List.of("Name"));
    SearchQuery byFilter =
        SearchQuery.all("Get-DistributionGroup")
            .with("Filter", SearchValue.text("Name -eq '" + name.replace("'", "''") + "'"))
            .withProperties(List.of("Name"));

    assertEquals(List.of(name), names(search(byIdentity)));
    assertEquals(List.of(name), names(search(byFilter)));
  }

  @Test
  protected void givenAGroupWithMembers_searchItsMembers_returnsEachMember() {
    String first = createSharedMailbox("SearchA");
    String second = createSharedMailbox("SearchB");
    String group = unique("Members");
    createGroup(group);
    run(
        command("Add-DistributionGroupMember", "Identity", group, "Member", first),
        command("Add-DistributionGroupMember", "Identity", group, "Member", second));

    List<RecipientRecord> found =
        search(
            SearchQuery.all("Get-DistributionGroupMember")
                .with("Identity", SearchValue.text(group))
                .withProperties(List.of("Name")));

    assertEquals(Set.of(first, second), new TreeSet<>(names(found)));
  }

  @Test
  protected void givenStreamsClosedEarly_search_leavesTheBackendServing() {
    String name = createSharedMailbox("Early");
    SearchQuery everyone = SearchQuery.all("Get-Recipient").withProperties(List.of("Name"));

    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          // more streams than any sensible pool has sessions
          for (int i = 0; i < 6; i++) {
            try (Stream<RecipientRecord> s = backend().query().search(everyone)) {
              assertTrue(s.findFirst().isPresent(), "Get-Recipient found nobody");
            }
          }
          assertTrue(backend().state().loadMailbox(RecipientIdentity.of(name)).hasMailbox());
          assertEquals(
              1,
              search(SearchQuery.all("Get-Mailbox").with("Identity", SearchValue.text(name)))
                  .size());
        },
        "closing streams early left nothing to serve further calls");
  }

  /** Runs the query to the end, closing the stream. */
  protected final List<RecipientRecord> search(SearchQuery query) {
    try (Stream<RecipientRecord> s = backend().query().search(query)) {
      return s.collect(Collectors.toList());
    }
  }

  private static List<String> names(List<RecipientRecord> records) {
    return records.stream().map(r -> r.properties().get("Name").get(0)).toList();
  }
}
