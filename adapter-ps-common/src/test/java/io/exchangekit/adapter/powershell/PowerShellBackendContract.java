package io.exchangekit.adapter.powershell;

import static io.exchangekit.adapter.powershell.Plans.command;
import static io.exchangekit.adapter.powershell.Plans.plan;
import static io.exchangekit.adapter.powershell.Plans.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.core.search.SearchQuery;
import io.exchangekit.core.search.SearchValue;
import io.exchangekit.ports.spi.ExchangeBackend;
import io.exchangekit.testfixtures.contract.ExchangeCommandPortContract;
import io.exchangekit.testfixtures.contract.RecipientQueryPortContract;
import io.exchangekit.testfixtures.contract.RecipientStatePortContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every PowerShell backend must do against the emulator, end to end through jPowerShell and an
 * emulator process: each version's test class extends this and says how to open the backend.
 */
/**
 * A PowerShell backend end to end through jPowerShell and an emulator process, opened once per test
 * class: the port contracts of test-fixtures run on it as nested classes of each test class (see
 * {@link CommandPortOnThisBackend}), and the tests here check what only a PowerShell backend has
 * (the emulator's transcript, the session pool, version detection, the exact command line). Each
 * adapter's test class per version extends this and says how to open the backend.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PowerShellBackendContract {
  /** The pool size the adapters' test classes open the backend with. */
  protected static final int SESSIONS = 2;

  protected EmulatorProcess emulator;
  protected PowerShellBackend backend;
  protected ExchangeBackend ports;

  /** The emulated version. */
  protected abstract ExchangeVersion version();

  /** Opens the adapter's backend against the emulator process (sessions open lazily). */
  protected abstract PowerShellBackend open(EmulatorProcess emulator);

  @BeforeAll
  void start() {
    emulator = EmulatorProcess.of(EmulatorProcess.argument(version()));
    backend = open(emulator);
    ports = backend.backend();
  }

  /**
   * Closes the backend after every test, nested contracts included, and checks that the whole run,
   * with the contracts' concurrent callers, stayed within the pool's bound and broke no session.
   */
  @AfterAll
  void stop() {
    PoolFigures figures = backend.figures();
    backend.close();
    System.out.println(
        "figures (%s, %s): pool %s; emulator %s"
            .formatted("contract", version(), figures, emulator.counters()));
    assertTrue(figures.opened() <= SESSIONS, figures.toString());
    assertEquals(0, figures.discarded(), figures.toString());
  }

  /** The demo organisation's domain for logons: the tenant's domain in Exchange Online. */
  String acceptedDomain() {
    return version().isOnline() ? "contoso.onmicrosoft.com" : "contoso.com";
  }

  /**
   * The command port contract on this backend: each test class declares {@code @Nested class
   * CommandPort extends CommandPortOnThisBackend {}}, so that reports name the class and version.
   */
  protected abstract class CommandPortOnThisBackend extends ExchangeCommandPortContract {
    @Override
    protected ExchangeBackend backend() {
      return ports;
    }

    @Override
    protected String acceptedDomain() {
      return PowerShellBackendContract.this.acceptedDomain();
    }
  }

  /** The state port contract on this backend (declare it as {@code @Nested class StatePort}). */
  protected abstract class StatePortOnThisBackend extends RecipientStatePortContract {
    @Override
    protected ExchangeBackend backend() {
      return ports;
    }

    @Override
    protected String acceptedDomain() {
      return PowerShellBackendContract.this.acceptedDomain();
    }
  }

  /** The query port contract on this backend (declare it as {@code @Nested class QueryPort}). */
  protected abstract class QueryPortOnThisBackend extends RecipientQueryPortContract {
    @Override
    protected ExchangeBackend backend() {
      return ports;
    }

    @Override
    protected String acceptedDomain() {
      return PowerShellBackendContract.this.acceptedDomain();
    }
  }

  @Test
  void givenEmulator_version_isTheEmulatorsVersion() {
    assertEquals(version(), ports.commands().version());
  }

  @Test
  void givenAPlan_render_showsEachLineExactlyAsSentWithItsCommonParameters() {
    String name = unique("DryRun");
    List<PlannedStep> steps =
        ports
            .commands()
            .render(
                plan(command("Set-Mailbox", "Identity", name, "DisplayName", "O'Brien's room")));

    assertEquals(
        List.of(
            "Set-Mailbox -Identity '"
                + name
                + "' -DisplayName 'O''Brien''s room' -ErrorAction Stop -WarningAction"
                + " SilentlyContinue -Confirm:$false 3>$null"),
        PlannedStep.lines(steps));
  }

  @Test
  void givenAMissingGroup_set_failsWithTheActiveDirectoryHintAndTheRemoteError() {
    String missing = unique("Nobody");
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
  void givenMoreRecipientsThanAPage_search_fetchesThemPageByPage() {
    int pageSize = EmulatorProcess.PAGE_SIZE;
    String prefix = unique("Paged");
    List<ExchangeCommand> commands = new ArrayList<>();
    for (int i = 0; i < pageSize + 10; i++) {
      commands.add(command("New-DistributionGroup", "Name", prefix + "-" + i));
    }
    ports.commands().run(new ExchangePlan(commands));
    SearchQuery query =
        SearchQuery.all("Get-DistributionGroup")
            .with("Filter", SearchValue.text("Name -like '" + prefix + "-*'"))
            .withProperties(List.of("Name"));
    long found;
    try (Stream<RecipientRecord> s = ports.query().search(query)) {
      found = s.count();
    }
    assertEquals(pageSize + 10, found);
    assertTrue(emulator.transcript().contains("$ekq[" + pageSize + "]"), "fetched in pages");
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
  void givenPassword_newMailbox_theSecretAppearsInNoTranscriptOrLog() throws IOException {
    String name = unique("User");
    Secret password = Secret.of("Pa$$w0rd'\u2019;" + name);
    ports.commands().run(plan(newUserMailbox(name, password)));
    assertThrows(
        ExchangeConnectorException.class,
        () -> ports.commands().run(plan(newUserMailbox(name, password))));
    String secret = password.reveal();
    assertFalse(emulator.transcript().contains(secret));
    assertFalse(emulator.transcript().contains("Pa$$w0rd"), "part of the secret in the transcript");
    Path log = Path.of("target", "exchangekit-test.log");
    assertTrue(Files.exists(log), "the test log (simplelogger.properties) is written");
    assertFalse(Files.readString(log).contains(secret));
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
  void givenRepeatedOperations_pool_reusesItsSessions() {
    for (int i = 0; i < 5; i++) {
      ports.state().loadMailbox(RecipientIdentity.of("nobody"));
    }
    assertTrue(backend.figures().opened() <= 2, backend.figures().toString());
    assertTrue(backend.figures().reused() >= 5, backend.figures().toString());
    assertEquals(0, backend.figures().discarded());
  }

  /** A user mailbox with a password, in the parameters this version takes. */
  private ExchangeCommand newUserMailbox(String name, Secret password) {
    return command(
        "New-Mailbox",
        "Name",
        name,
        version().isOnline() ? "MicrosoftOnlineServicesID" : "UserPrincipalName",
        name + "@" + acceptedDomain(),
        "Password",
        new ParameterValue.SecretText(password));
  }

  @Test
  void givenMailboxSearch_search_runsTheBackendsReadWithTheWantedProperties() {
    String name = unique("Reader");
    ports.commands().run(plan(newUserMailbox(name, Secret.of("Pa$$w0rd!" + name))));
    SearchQuery query =
        SearchQuery.all("Get-Mailbox")
            .with("Filter", SearchValue.text("Name -eq '" + name + "'"))
            .withProperties(List.of("Alias", "CustomAttribute1", "UserPrincipalName"));
    List<RecipientRecord> found;
    try (Stream<RecipientRecord> s = ports.query().search(query)) {
      found = s.toList();
    }
    assertEquals(1, found.size(), found.toString());
    RecipientRecord r = found.get(0);
    assertTrue(r.identity().endsWith(name), r.toString());
    assertEquals(List.of(name + "@" + acceptedDomain()), r.properties().get("UserPrincipalName"));
    assertEquals(
        List.of("Identity", "Alias", "CustomAttribute1", "UserPrincipalName"),
        List.copyOf(r.properties().keySet()));
    String read = ReadCmdlets.forVersion(version()).cmdlet(ReadCmdlets.Kind.MAILBOX);
    assertTrue(
        emulator.transcript().contains("$ekq=@(" + read + " -Filter"), "the search runs " + read);
  }
}
