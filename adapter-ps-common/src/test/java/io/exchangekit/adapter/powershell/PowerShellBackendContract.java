package io.exchangekit.adapter.powershell;

import static io.exchangekit.adapter.powershell.Plans.command;
import static io.exchangekit.adapter.powershell.Plans.plan;
import static io.exchangekit.adapter.powershell.Plans.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.error.AlreadyExistsException;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.mailbox.CasProtocol;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.plan.Step;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.core.search.SearchQuery;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every PowerShell backend must do against the emulator, end to end through jPowerShell and an
 * emulator process: each version's test class extends this and says how to open the backend.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PowerShellBackendContract {
  protected EmulatorProcess emulator;
  protected PowerShellBackend backend;
  protected ExchangeBackend ports;

  /** The emulated version. */
  protected abstract ExchangeVersion version();

  /** Opens the adapter's backend against the emulator process (sessions open lazily). */
  protected abstract PowerShellBackend open(EmulatorProcess emulator);

  /** A plan step that creates a user mailbox with a password. */
  protected abstract ExchangeCommand newUserMailbox(String name, Secret password);

  @BeforeAll
  void start() {
    emulator = EmulatorProcess.of(EmulatorProcess.argument(version()));
    backend = open(emulator);
    ports = backend.backend();
  }

  @AfterAll
  void stop() {
    backend.close();
    System.out.println(
        "figures (%s, %s): pool %s; emulator %s"
            .formatted("contract", version(), backend.figures(), emulator.counters()));
  }

  protected String sharedMailbox() {
    String name = unique("Shared");
    ports
        .commands()
        .run(
            plan(
                command(
                    "New-Mailbox",
                    "Shared",
                    null,
                    "Name",
                    name,
                    "DisplayName",
                    name,
                    "Alias",
                    name)));
    return name;
  }

  @Test
  void givenEmulator_version_isTheEmulatorsVersion() {
    assertEquals(version(), ports.commands().version());
  }

  @Test
  void givenAPlan_render_showsEachCommandAsSentAndRunsNothing() {
    String name = unique("DryRun");
    ExchangePlan plan =
        plan(
            command("New-Mailbox", "Shared", null, "Name", name, "Alias", name),
            command("Set-Mailbox", "Identity", name, "DisplayName", "O'Brien's room"));

    List<PlannedStep> steps = ports.commands().render(plan);

    assertEquals(2, steps.size());
    PlannedStep.Target expected =
        version().isOnline()
            ? PlannedStep.Target.EXCHANGE_ONLINE
            : PlannedStep.Target.EXCHANGE_ON_PREMISES;
    assertEquals(List.of(expected, expected), steps.stream().map(PlannedStep::target).toList());
    assertEquals(
        "Set-Mailbox -Identity '"
            + name
            + "' -DisplayName 'O''Brien''s room' -ErrorAction Stop -WarningAction"
            + " SilentlyContinue -Confirm:$false 3>$null",
        steps.get(1).line());
    assertEquals("O'Brien's room", steps.get(1).parameters().get("DisplayName"));
    assertTrue(ports.state().loadMailbox(RecipientIdentity.of(name)).mailboxType().isEmpty());
  }

  @Test
  void givenSharedMailboxPlan_run_createsItAndLoadMailboxReportsIt() {
    String name = unique("Room");
    List<Step.Exchange> results =
        ports
            .commands()
            .run(
                plan(
                    command(
                        "New-Mailbox",
                        "Shared",
                        null,
                        "Name",
                        name,
                        "DisplayName",
                        "Room \u2019" + name + "\u2019 M\u00fcller \uD83D\uDE00",
                        "Alias",
                        name)));
    assertEquals(1, results.size());
    assertEquals("New-Mailbox", results.get(0).command().cmdlet());
    MailboxState state = ports.state().loadMailbox(RecipientIdentity.of(name));
    assertTrue(state.hasMailbox());
    assertEquals(Optional.of(MailboxType.SHARED), state.mailboxType());
    assertEquals(
        Optional.of("Room \u2019" + name + "\u2019 M\u00fcller \uD83D\uDE00"),
        state.values().value(MailboxParameter.DISPLAY_NAME).map(Object::toString));
    assertEquals(EnumSetOf.all(), state.enabledProtocols());
  }

  @Test
  void givenMailbox_setCasMailboxPlan_disablesProtocolsAndStateShowsIt() {
    String name = sharedMailbox();
    ports
        .commands()
        .run(
            plan(
                command(
                    "Set-CASMailbox",
                    "Identity",
                    name,
                    "OWAEnabled",
                    false,
                    "ActiveSyncEnabled",
                    false)));
    Set<CasProtocol> enabled =
        ports.state().loadMailbox(RecipientIdentity.of(name)).enabledProtocols();
    assertFalse(enabled.contains(CasProtocol.OWA));
    assertFalse(enabled.contains(CasProtocol.ACTIVE_SYNC));
    assertTrue(enabled.contains(CasProtocol.MAPI));
  }

  @Test
  void givenGroup_addingAndRemovingMembersTwice_isIdempotent() {
    String member = sharedMailbox();
    String group = unique("Group");
    List<Step.Exchange> r =
        ports
            .commands()
            .run(
                plan(
                    command("New-DistributionGroup", "Name", group, "Type", "Distribution"),
                    command("Add-DistributionGroupMember", "Identity", group, "Member", member),
                    command("Add-DistributionGroupMember", "Identity", group, "Member", member)));
    assertEquals(3, r.size());
    GroupState state = ports.state().loadGroup(RecipientIdentity.of(group)).orElseThrow();
    assertEquals(1, state.members().size(), state.members().toString());
    ports
        .commands()
        .run(
            plan(
                command("Remove-DistributionGroupMember", "Identity", group, "Member", member),
                command("Remove-DistributionGroupMember", "Identity", group, "Member", member)));
    assertTrue(
        ports.state().loadGroup(RecipientIdentity.of(group)).orElseThrow().members().isEmpty());
  }

  @Test
  void givenMissingObjects_loadAndSet_reportAbsenceAndTheActiveDirectoryHint() {
    String missing = unique("Nobody");
    assertFalse(ports.state().loadMailbox(RecipientIdentity.of(missing)).userExists());
    assertTrue(ports.state().loadGroup(RecipientIdentity.of(missing)).isEmpty());
    UnknownObjectException e =
        assertThrows(
            UnknownObjectException.class,
            () ->
                ports
                    .commands()
                    .run(
                        plan(
                            command(
                                "Set-DistributionGroup",
                                "Identity",
                                missing,
                                "DisplayName",
                                "x"))));
    assertTrue(e.getMessage().contains("Active Directory"), e.getMessage());
    assertTrue(e.remoteError().isPresent());
  }

  @Test
  void givenSecondCommandFails_run_reportsTheCompletedStepAndKeepsItsEffect() {
    String name = sharedMailbox();
    String missing = unique("Nobody");
    ExchangeConnectorException e =
        assertThrows(
            UnknownObjectException.class,
            () ->
                ports
                    .commands()
                    .run(
                        plan(
                            command("Set-Mailbox", "Identity", name, "CustomAttribute2", "done"),
                            command(
                                "Set-DistributionGroup",
                                "Identity",
                                missing,
                                "DisplayName",
                                "x"))));
    assertEquals(List.of("test Set-Mailbox: Set-Mailbox"), e.completedSteps());
    assertEquals(
        "done", ports.state().loadMailbox(RecipientIdentity.of(name)).customAttributes().get(2));
  }

  @Test
  void givenExistingGroupName_newDistributionGroup_failsAsAlreadyExists() {
    String group = unique("Dup");
    ports.commands().run(plan(command("New-DistributionGroup", "Name", group)));
    assertThrows(
        AlreadyExistsException.class,
        () -> ports.commands().run(plan(command("New-DistributionGroup", "Name", group))));
  }

  @Test
  void givenManyRecipients_search_streamsEveryOneOnceInPages() {
    String prefix = unique("Bulk");
    List<ExchangeCommand> commands = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      commands.add(command("New-DistributionGroup", "Name", prefix + "-" + i));
    }
    ports.commands().run(new io.exchangekit.core.plan.ExchangePlan(commands));
    SearchQuery query =
        new SearchQuery(
            "Get-DistributionGroup",
            Optional.of("Name -like '" + prefix + "-*'"),
            List.of("Name", "PrimarySmtpAddress"),
            OptionalInt.empty());
    List<RecipientRecord> found;
    try (Stream<RecipientRecord> s = ports.query().search(query)) {
      found = s.toList();
    }
    assertEquals(120, found.size());
    assertEquals(
        120,
        found.stream()
            .map(r -> r.properties().get("Name").get(0))
            .collect(Collectors.toSet())
            .size());
    assertTrue(emulator.transcript().split("\\$ekq\\[100\\]").length > 1, "fetched in pages");
  }

  @Test
  void givenHostileGroupName_searchWithAnOpathFilter_findsExactlyThatGroup() {
    String name = unique("O'Brien\u2019s \"Team\" $(x) `;|");
    ports
        .commands()
        .run(plan(command("New-DistributionGroup", "Name", name, "Alias", unique("ob"))));
    SearchQuery query =
        new SearchQuery(
            "Get-DistributionGroup",
            Optional.of(PowerShellText.opathEquals("Name", name)),
            List.of("Name"),
            OptionalInt.empty());
    try (Stream<RecipientRecord> s = ports.query().search(query)) {
      assertEquals(List.of(name), s.map(r -> r.properties().get("Name").get(0)).toList());
    }
  }

  @Test
  void givenAStreamClosedEarly_search_releasesItsSession() {
    SearchQuery query = SearchQuery.all("Get-User");
    try (Stream<RecipientRecord> s = ports.query().search(query)) {
      assertTrue(s.findFirst().isPresent());
    }
    int open = backend.figures().open();
    for (int i = 0; i < 3; i++) {
      ports.state().loadMailbox(RecipientIdentity.of("nobody"));
    }
    assertEquals(open, backend.figures().open());
  }

  @Test
  void givenPassword_newMailbox_theSecretAppearsInNoTranscriptLogOrException() throws IOException {
    String name = unique("User");
    Secret password = Secret.of("Pa$$w0rd'\u2019;" + name);
    ports.commands().run(plan(newUserMailbox(name, password)));
    ExchangeConnectorException e =
        assertThrows(
            ExchangeConnectorException.class,
            () -> ports.commands().run(plan(newUserMailbox(name, password))));
    String secret = password.reveal();
    assertFalse(e.getMessage().contains(secret), e.getMessage());
    assertFalse(String.join(";", e.completedSteps()).contains(secret));
    assertFalse(emulator.transcript().contains(secret));
    assertFalse(emulator.transcript().contains("Pa$$w0rd"), "part of the secret in the transcript");
    Path log = Path.of("target", "exchangekit-test.log");
    assertTrue(Files.exists(log), "the test log (simplelogger.properties) is written");
    assertFalse(Files.readString(log).contains(secret));
    assertTrue(ports.state().loadMailbox(RecipientIdentity.of(name)).hasMailbox());
  }

  @Test
  void givenCrLfInAValue_run_isRejectedBeforeAnythingRuns() {
    String marker = Plans.unique("Marker");
    // the command cannot even be planned: core's one character rule refuses the value
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ports
                    .commands()
                    .run(
                        plan(
                            command(
                                "Set-Mailbox",
                                "Identity",
                                "x",
                                "CustomAttribute1",
                                new ParameterValue.Text(marker + "\nRemove-Mailbox x")))));
    assertTrue(e.getMessage().startsWith("'CustomAttribute1' must not contain"), e.getMessage());
    assertFalse(e.getMessage().contains(marker));
    ports.state().loadMailbox(RecipientIdentity.of("nobody"));
    assertFalse(emulator.transcript().contains(marker));
  }

  @Test
  void givenConcurrentCallers_operations_getTheirOwnAnswersWithinTheSessionBound()
      throws Exception {
    List<String> mailboxes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      mailboxes.add(sharedMailbox());
    }
    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
      for (String mailbox : mailboxes) {
        results.add(
            threads.submit(
                () -> {
                  boolean allOwn = true;
                  for (int round = 0; round < 4; round++) {
                    String value = mailbox + "-" + round;
                    ports
                        .commands()
                        .run(
                            plan(
                                command(
                                    "Set-Mailbox",
                                    "Identity",
                                    mailbox,
                                    "CustomAttribute4",
                                    value)));
                    allOwn &=
                        value.equals(
                            ports
                                .state()
                                .loadMailbox(RecipientIdentity.of(mailbox))
                                .customAttributes()
                                .get(4));
                  }
                  return allOwn;
                }));
      }
      for (var r : results) {
        assertTrue(r.get(120, java.util.concurrent.TimeUnit.SECONDS));
      }
    } finally {
      threads.shutdownNow();
    }
    assertTrue(backend.figures().opened() <= 2, backend.figures().toString());
  }

  @Test
  void givenRepeatedOperations_pool_reusesItsSessions() {
    for (int i = 0; i < 5; i++) {
      ports.state().loadMailbox(RecipientIdentity.of("nobody"));
    }
    assertTrue(backend.figures().opened() <= 2, backend.figures().toString());
    assertTrue(backend.figures().reused() >= 5, backend.figures().toString());
    assertEquals(0, backend.figures().discarded());
  }

  /** All protocols. */
  static final class EnumSetOf {
    static Set<CasProtocol> all() {
      return java.util.EnumSet.allOf(CasProtocol.class);
    }
  }
}
