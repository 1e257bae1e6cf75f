package io.exchangekit.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.group.DistributionGroupSettings;
import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.mailbox.MailboxName;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mailbox.ValueOperation;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.ports.in.Outcome;
import io.exchangekit.ports.in.group.ChangeGroupMembersCommand;
import io.exchangekit.ports.in.group.GroupCommand;
import io.exchangekit.ports.in.group.SaveDistributionGroupCommand;
import io.exchangekit.ports.in.mailbox.MailboxCommand;
import io.exchangekit.ports.in.mailbox.ProvisionMailboxCommand;
import io.exchangekit.ports.service.ExchangeUseCases;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Remote round trips per operation through the real adapters over the emulators, counted as the
 * lines the emulated sessions receive: every write costs at most two (read the state, run the
 * plan), and the same request repeated costs one (the read, then nothing to run).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundTripsPerOperationTest {
  private static final ConnectorMode PREMISE_ENABLE =
      ConnectorMode.of(Scope.PREMISE, NewUserBehavior.ENABLE);
  private static final ConnectorMode PREMISE_CREATE =
      ConnectorMode.of(Scope.PREMISE, NewUserBehavior.CREATE);
  private static final ConnectorMode ONLINE_CREATE =
      ConnectorMode.of(Scope.ONLINE, NewUserBehavior.CREATE);

  private EmbeddedExchange exchange;
  private ExchangeUseCases useCases;

  @BeforeAll
  void start() {
    exchange = EmbeddedExchange.builder().sessions(1).start();
    useCases = exchange.useCases();
    // the sessions connect on first use: open them before counting
    for (ConnectorMode mode : List.of(PREMISE_ENABLE, ONLINE_CREATE)) {
      useCases
          .deleteDistributionGroup()
          .delete(new GroupCommand(RecipientIdentity.of("warmup"), mode, true));
    }
  }

  @AfterAll
  void stop() {
    exchange.close();
  }

  private Outcome provision(
      ConnectorMode mode, String identity, MailboxSettings settings, boolean dryRun) {
    return useCases
        .provisionMailbox()
        .provision(
            new ProvisionMailboxCommand(RecipientIdentity.of(identity), mode, settings, dryRun));
  }

  /** The remote calls {@code operation} cost on {@code emulator}, with its outcome. */
  private static Counted count(ExchangeEmulator emulator, Supplier<Outcome> operation) {
    long before = emulator.counters().linesReceived();
    Outcome outcome = operation.get();
    return new Counted(emulator.counters().linesReceived() - before, outcome);
  }

  private record Counted(long calls, Outcome outcome) {}

  /** Runs {@code operation} twice: the first costs 2 calls and changes something, the repeat 1. */
  private void twoThenOne(
      String what, ExchangeEmulator emulator, List<String> report, Supplier<Outcome> operation) {
    Counted first = count(emulator, operation);
    Counted again = count(emulator, operation);
    report.add(what + ": " + first.calls() + " then " + again.calls());
    assertTrue(
        !first.outcome().plan().exchange().isEmpty(), what + " changes something the first time");
    assertEquals(2, first.calls(), what + ": read the state, run the plan");
    assertTrue(again.outcome().plan().exchange().isEmpty(), what + " repeated plans nothing");
    assertEquals(1, again.calls(), what + " repeated: read the state only");
  }

  @Test
  void givenExchangeServer_everyWrite_costsTwoRoundTripsAndItsRepeatOne() {
    ExchangeEmulator server = exchange.premise();
    List<String> report = new ArrayList<>();
    twoThenOne(
        "enable a mailbox",
        server,
        report,
        () ->
            provision(
                PREMISE_ENABLE,
                "bob",
                MailboxSettings.builder()
                    .set(MailboxParameter.DISPLAY_NAME, DisplayName.of("Bob Smith"))
                    .build(),
                false));
    twoThenOne(
        "modify a mailbox",
        server,
        report,
        () ->
            provision(
                PREMISE_ENABLE,
                "bob",
                MailboxSettings.builder()
                    .set(MailboxParameter.DISPLAY_NAME, DisplayName.of("Robert Smith"))
                    .set(
                        MailboxParameter.MODERATED_BY,
                        new MultiValue(ValueOperation.ADD, List.of(RecipientIdentity.of("bob"))))
                    .build(),
                false));
    MailboxCommand bob = new MailboxCommand(RecipientIdentity.of("bob"), PREMISE_ENABLE, false);
    twoThenOne("lock", server, report, () -> useCases.lockMailbox().lock(bob));
    twoThenOne("unlock", server, report, () -> useCases.unlockMailbox().unlock(bob));
    twoThenOne(
        "create a mailbox",
        server,
        report,
        () ->
            provision(
                PREMISE_CREATE,
                "zed@contoso.com",
                MailboxSettings.builder()
                    .set(MailboxParameter.NAME, MailboxName.of("zed"))
                    .set(MailboxParameter.PASSWORD, Secret.of("Pa55word!x"))
                    .build(),
                false));
    groups(server, PREMISE_ENABLE, "bob", report);
    twoThenOne("disable a mailbox", server, report, () -> useCases.removeMailbox().remove(bob));
    System.out.println("round trips on Exchange Server: " + report);
  }

  @Test
  void givenExchangeOnline_everyWrite_costsTwoRoundTripsAndItsRepeatOne() {
    ExchangeEmulator online = exchange.online();
    List<String> report = new ArrayList<>();
    MailboxSettings desk =
        MailboxSettings.builder()
            .set(MailboxParameter.NAME, MailboxName.of("desk"))
            .set(MailboxParameter.MAILBOX_TYPE, MailboxType.SHARED)
            .build();
    twoThenOne(
        "create a shared mailbox",
        online,
        report,
        () -> provision(ONLINE_CREATE, "desk", desk, false));
    twoThenOne(
        "modify a shared mailbox",
        online,
        report,
        () ->
            provision(
                ONLINE_CREATE,
                "desk",
                MailboxSettings.builder()
                    .set(MailboxParameter.DISPLAY_NAME, DisplayName.of("Front desk"))
                    .set(
                        MailboxParameter.MODERATED_BY,
                        new MultiValue(ValueOperation.ADD, List.of(RecipientIdentity.of("desk"))))
                    .build(),
                false));
    MailboxCommand command = new MailboxCommand(RecipientIdentity.of("desk"), ONLINE_CREATE, false);
    twoThenOne("lock", online, report, () -> useCases.lockMailbox().lock(command));
    twoThenOne("unlock", online, report, () -> useCases.unlockMailbox().unlock(command));
    groups(online, ONLINE_CREATE, "desk", report);
    System.out.println("round trips on Exchange Online: " + report);
  }

  private void groups(
      ExchangeEmulator emulator, ConnectorMode mode, String member, List<String> report) {
    RecipientIdentity team = RecipientIdentity.of("Team" + mode.scope());
    DistributionGroupSettings settings =
        DistributionGroupSettings.EMPTY
            .with(GroupParameter.NAME, MailboxName.of(team.value()))
            .with(GroupParameter.ALIAS, Alias.of(team.value()))
            .with(
                GroupParameter.MANAGED_BY,
                MultiValue.replace(List.of(RecipientIdentity.of(member))));
    twoThenOne(
        "create a group",
        emulator,
        report,
        () ->
            useCases
                .saveDistributionGroup()
                .save(new SaveDistributionGroupCommand(team, mode, settings, false)));
    twoThenOne(
        "add a member",
        emulator,
        report,
        () ->
            useCases
                .changeGroupMembers()
                .changeMembers(
                    new ChangeGroupMembersCommand(
                        team,
                        mode,
                        new MultiValue(ValueOperation.ADD, List.of(RecipientIdentity.of(member))),
                        false)));
    twoThenOne(
        "remove a member",
        emulator,
        report,
        () ->
            useCases
                .changeGroupMembers()
                .changeMembers(
                    new ChangeGroupMembersCommand(
                        team,
                        mode,
                        new MultiValue(
                            ValueOperation.DELETE, List.of(RecipientIdentity.of(member))),
                        false)));
    twoThenOne(
        "delete a group",
        emulator,
        report,
        () -> useCases.deleteDistributionGroup().delete(new GroupCommand(team, mode, false)));
  }
}
