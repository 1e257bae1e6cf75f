package io.exchangekit.core.planning;

import static io.exchangekit.core.arbitraries.ExchangeGenerators.identities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.group.DistributionGroupSettings;
import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.mailbox.MailboxName;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mailbox.ValueOperation;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GroupPlannerProperties {
  private static final RecipientIdentity GROUP = RecipientIdentity.of("sales");

  private static Set<String> lower(Set<String> s) {
    return s.stream().map(x -> x.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  @Test
  void givenAnyMembersAndChange_applyingTheMemberCommands_yieldsTheChangedSet() {
    qt().withExamples(500)
        .forAll(
            lists().of(identities()).ofSizeBetween(0, 6),
            lists().of(identities()).ofSizeBetween(0, 6),
            arbitrary().enumValues(ValueOperation.class))
        .checkAssert(
            (now, given, op) -> {
              Set<String> members = new LinkedHashSet<>();
              now.forEach(i -> members.add(i.value()));
              MultiValue change = new MultiValue(op, given);
              ProvisioningPlan plan =
                  GroupPlanner.changeMembers(
                      GROUP,
                      change,
                      Optional.of(new GroupState(DistributionGroupSettings.EMPTY, members)));
              Set<String> after = new LinkedHashSet<>(lower(members));
              for (ExchangeCommand c : plan.exchange().commands()) {
                String m = ((ParameterValue.Text) c.parameters().get("Member")).value();
                if (c.cmdlet().equals("Add-DistributionGroupMember")) {
                  assertTrue(after.add(m.toLowerCase(Locale.ROOT)), "adds only non-members: " + m);
                } else {
                  assertTrue(
                      after.remove(m.toLowerCase(Locale.ROOT)), "removes only members: " + m);
                }
              }
              assertEquals(lower(change.applyTo(members)), after);
            });
  }

  @Test
  void givenAGroupThatExistsWithTheRequestedValues_save_plansNothing() {
    DistributionGroupSettings s =
        DistributionGroupSettings.EMPTY
            .with(GroupParameter.NAME, MailboxName.of("Sales"))
            .with(GroupParameter.HIDDEN_FROM_ADDRESS_LISTS, Boolean.TRUE)
            .with(
                GroupParameter.MANAGED_BY,
                MultiValue.replace(List.of(RecipientIdentity.of("alice"))))
            .with(GroupParameter.MEMBERS, MultiValue.replace(List.of(RecipientIdentity.of("Bob"))));
    GroupState state = new GroupState(s, Set.of("bob"));
    ProvisioningPlan plan =
        GroupPlanner.save(
            GROUP,
            s,
            PlanningContext.of(ModeRulesFixtures.PE, ExchangeVersion.EXCHANGE_2019),
            Optional.of(state));
    assertTrue(plan.isEmpty(), plan.exchange().toString());
  }

  @Test
  void givenAnUnknownGroupWithoutName_save_saysItCouldNotBeFound() {
    assertThrows(
        UnknownObjectException.class,
        () ->
            GroupPlanner.save(
                GROUP,
                DistributionGroupSettings.EMPTY,
                PlanningContext.of(ModeRulesFixtures.PE, ExchangeVersion.EXCHANGE_2019),
                Optional.empty()));
  }

  @Test
  void givenAGroupExchangeCannotSee_changeMembers_explainsTheSeedsHint() {
    UnknownObjectException e =
        assertThrows(
            UnknownObjectException.class,
            () ->
                GroupPlanner.changeMembers(
                    RecipientIdentity.of("Legacy Group"),
                    MultiValue.replace(List.of()),
                    Optional.empty()));
    assertTrue(e.getMessage().contains("couldn't be found"));
    assertTrue(e.getMessage().contains("Active Directory"));
  }

  @Test
  void givenAGoneGroup_delete_plansNothing() {
    assertTrue(GroupPlanner.delete(GROUP, Optional.empty()).isEmpty());
  }
}
