package io.exchangekit.ports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.exchangekit.core.group.DistributionGroupSettings;
import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mailbox.ValueOperation;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.ports.in.Outcome;
import io.exchangekit.ports.in.group.SaveDistributionGroupCommand;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupServicesTest {
  private static final RecipientIdentity SALES = RecipientIdentity.of("Sales");
  private static final RecipientIdentity ALICE = RecipientIdentity.of("alice");
  private static final RecipientIdentity CAROL = RecipientIdentity.of("carol");

  private final FakeExchange exchange = new FakeExchange(ExchangeVersion.EXCHANGE_2019);
  private final ExchangeUseCases useCases =
      ExchangeUseCases.builder().premise(exchange.backend()).build();

  private static DistributionGroupSettings adding(RecipientIdentity... members) {
    return DistributionGroupSettings.EMPTY.with(
        GroupParameter.MEMBERS, new MultiValue(ValueOperation.ADD, List.of(members)));
  }

  private static List<String> cmdletsAndMembers(List<ExchangeCommand> commands) {
    return commands.stream()
        .map(c -> c.cmdlet() + " " + PlannedStep.neutral(c).getOrDefault("Member", ""))
        .toList();
  }

  private List<String> ran() {
    return exchange.ran.stream()
        .map(ExchangePlan::commands)
        .flatMap(c -> cmdletsAndMembers(c).stream())
        .toList();
  }

  @Test
  void givenAnExistingGroup_saveWithMemberRemovals_addsThenRemovesInOnePlan() {
    exchange.group = Optional.of(new GroupState(DistributionGroupSettings.EMPTY, Set.of("carol")));

    Outcome outcome =
        useCases
            .saveDistributionGroup()
            .save(
                new SaveDistributionGroupCommand(
                    SALES, ConnectorMode.DEFAULT, adding(ALICE), false, List.of(CAROL)));

    assertEquals(Outcome.Status.SUCCESS, outcome.status());
    assertEquals(1, exchange.ran.size());
    assertEquals(
        List.of("Add-DistributionGroupMember alice", "Remove-DistributionGroupMember carol"),
        ran());
  }

  @Test
  void givenANewGroup_saveWithMemberRemovals_onlyCreatesIt() {
    DistributionGroupSettings settings =
        DistributionGroupSettings.parse(Map.of("Name", List.of("Sales")))
            .settings()
            .with(GroupParameter.MEMBERS, new MultiValue(ValueOperation.ADD, List.of(ALICE)));

    useCases
        .saveDistributionGroup()
        .save(
            new SaveDistributionGroupCommand(
                SALES, ConnectorMode.DEFAULT, settings, false, List.of(CAROL)));

    assertEquals(List.of("New-DistributionGroup "), ran());
  }

  @Test
  void givenAMemberTheRequestAddsAndRemoves_saveAsDryRun_plansItsRemovalAfterTheAddition() {
    exchange.group = Optional.of(new GroupState(DistributionGroupSettings.EMPTY, Set.of()));

    Outcome outcome =
        useCases
            .saveDistributionGroup()
            .save(
                new SaveDistributionGroupCommand(
                    SALES, ConnectorMode.DEFAULT, adding(ALICE), true, List.of(ALICE)));

    assertEquals(Outcome.Status.DRY_RUN, outcome.status());
    assertEquals(List.of(), exchange.ran);
    assertEquals(
        List.of("Add-DistributionGroupMember alice", "Remove-DistributionGroupMember alice"),
        cmdletsAndMembers(outcome.plan().exchange().commands()));
  }

  @Test
  void givenRemovalsOfNonMembers_save_plansNoRemoval() {
    exchange.group = Optional.of(new GroupState(DistributionGroupSettings.EMPTY, Set.of("carol")));

    useCases
        .saveDistributionGroup()
        .save(
            new SaveDistributionGroupCommand(
                SALES,
                ConnectorMode.DEFAULT,
                adding(ALICE),
                false,
                List.of(RecipientIdentity.of("dave"))));

    assertEquals(List.of("Add-DistributionGroupMember alice"), ran());
  }

  @Test
  void givenTheFourArgumentCommand_save_removesNoMemberBeyondTheSettings() {
    SaveDistributionGroupCommand command =
        new SaveDistributionGroupCommand(SALES, ConnectorMode.DEFAULT, adding(ALICE), false);

    assertEquals(List.of(), command.memberRemovals());
  }
}
