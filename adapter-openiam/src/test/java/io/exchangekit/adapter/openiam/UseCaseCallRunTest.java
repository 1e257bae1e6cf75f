package io.exchangekit.adapter.openiam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.openiam.mapping.RequestMapper;
import io.exchangekit.adapter.openiam.mapping.UseCaseCall;
import io.exchangekit.adapter.openiam.model.AttributeOperation;
import io.exchangekit.adapter.openiam.model.OpenIamAttribute;
import io.exchangekit.adapter.openiam.model.OpenIamObjectType;
import io.exchangekit.adapter.openiam.model.OpenIamOperation;
import io.exchangekit.adapter.openiam.model.OpenIamRequest;
import io.exchangekit.adapter.openiam.model.OpenIamValue;
import io.exchangekit.core.group.DistributionGroupSettings;
import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.ports.in.Outcome;
import io.exchangekit.ports.service.ExchangeUseCases;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class UseCaseCallRunTest {
  private final FakeExchange exchange = new FakeExchange(ExchangeVersion.EXCHANGE_2019);
  private final AtomicBoolean searchClosed = new AtomicBoolean();
  private final ExchangeUseCases useCases =
      ExchangeUseCases.builder()
          .premise(
              new ExchangeBackend(
                  exchange,
                  exchange,
                  query ->
                      Stream.of(new RecipientRecord("jdoe", Map.of("Alias", List.of("jdoe"))))
                          .onClose(() -> searchClosed.set(true)),
                  () -> {}))
          .build();

  /** Records which answer a call chose, and what it got. */
  private final class Recording implements UseCaseCall.Answer<String> {
    final List<String> answers = new ArrayList<>();

    @Override
    public String changed(Outcome outcome) {
      answers.add("changed " + outcome.status());
      return "changed";
    }

    @Override
    public String tested(Scope scope, ExchangeVersion version) {
      answers.add("tested " + scope + " " + version);
      return "tested";
    }

    @Override
    public String found(Stream<RecipientRecord> records, List<String> requestedAttributes) {
      answers.add(
          "found "
              + records.map(RecipientRecord::identity).toList()
              + " open="
              + !searchClosed.get());
      return "found";
    }
  }

  private static OpenIamRequest request(
      OpenIamOperation op, OpenIamObjectType type, String identity, OpenIamAttribute... attrs) {
    return OpenIamRequest.of("r1", op, type, identity, List.of(attrs));
  }

  private List<String> cmdlets() {
    return exchange.plans.stream()
        .map(ExchangePlan::commands)
        .flatMap(List::stream)
        .map(c -> c.cmdlet())
        .toList();
  }

  @Test
  void givenEachKindOfRequest_run_answersOnceThroughTheMatchingMethod() {
    exchange.mailboxes.put("jdoe", MailboxState.mailbox(MailboxType.USER, MailboxSettings.EMPTY));
    exchange.groups.put("Sales", new GroupState(DistributionGroupSettings.EMPTY, Set.of()));
    Recording answer = new Recording();
    List<OpenIamRequest> requests =
        List.of(
            request(OpenIamOperation.TEST, null, null),
            request(OpenIamOperation.SEARCH, OpenIamObjectType.USER, null),
            request(OpenIamOperation.SUSPEND, OpenIamObjectType.USER, "jdoe"),
            request(OpenIamOperation.DELETE, OpenIamObjectType.GROUP, "Sales"));

    List<String> results =
        requests.stream().map(r -> RequestMapper.map(r).call().run(useCases, answer)).toList();

    assertEquals(List.of("tested", "found", "changed", "changed"), results);
    assertEquals(
        List.of(
            "tested PREMISE " + ExchangeVersion.EXCHANGE_2019,
            "found [jdoe] open=true",
            "changed SUCCESS",
            "changed SUCCESS"),
        answer.answers);
    assertTrue(searchClosed.get(), "the search's stream is closed once answered");
  }

  @Test
  void givenAnExistingGroup_runSaveAddingAndDeletingMembers_runsOnePlanAndAnswersOnce() {
    exchange.groups.put("Sales", new GroupState(DistributionGroupSettings.EMPTY, Set.of("carol")));
    OpenIamAttribute members =
        new OpenIamAttribute(
            "Members",
            AttributeOperation.NO_CHANGE,
            List.of(
                new OpenIamValue("alice", AttributeOperation.ADD),
                new OpenIamValue("carol", AttributeOperation.DELETE)));
    Recording answer = new Recording();

    RequestMapper.map(request(OpenIamOperation.SAVE, OpenIamObjectType.GROUP, "Sales", members))
        .call()
        .run(useCases, answer);

    assertEquals(List.of("changed SUCCESS"), answer.answers);
    assertEquals(1, exchange.plans.size(), "one plan: the save and its removals");
    assertEquals(
        List.of("Add-DistributionGroupMember", "Remove-DistributionGroupMember"), cmdlets());
  }
}
