package io.exchangekit.adapter.powershell;

import static io.exchangekit.adapter.powershell.Plans.command;
import static io.exchangekit.adapter.powershell.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.error.AuthenticationFailedException;
import io.exchangekit.core.error.BrokenSessionException;
import io.exchangekit.core.error.OperationTimeoutException;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.search.SearchQuery;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Faults end to end: a crashing, hanging or garbling emulator process, warnings on every call and
 * refused authentication end in the right exception or a transparent retry, and the pool recovers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PowerShellFaultsContract {
  /** Faults of the shared emulator: each on a cmdlet only the matching test uses. */
  public static final String FAULTS =
      "crash:Get-Recipient;hang:Get-DistributionGroupMember;malformed:Get-CASMailbox;"
          + "micro-delay-every=1;micro-delay=5";

  private EmulatorProcess emulator;
  private PowerShellBackend backend;
  private ExchangeBackend ports;

  protected abstract ExchangeVersion version();

  /** Opens the backend with one session and the given call timeout. */
  protected abstract PowerShellBackend open(EmulatorProcess emulator, Duration callTimeout);

  @BeforeAll
  void start() {
    emulator = EmulatorProcess.withFaults(EmulatorProcess.argument(version()), FAULTS);
    backend = open(emulator, Duration.ofSeconds(3));
    ports = backend.backend();
  }

  @AfterAll
  void stop() {
    backend.close();
    System.out.println(
        "figures (%s, %s): pool %s; emulator %s"
            .formatted("faults", version(), backend.figures(), emulator.counters()));
  }

  private void assertRecovered() {
    assertFalse(ports.state().loadMailbox(RecipientIdentity.of(Plans.unique("x"))).userExists());
  }

  @Test
  void givenWarningsOnEveryCall_operations_succeedWithOneLinePerCall() {
    String name = Plans.unique("Warned");
    ports.commands().run(plan(command("New-DistributionGroup", "Name", name)));
    assertRecovered();
    assertFalse(emulator.transcript().isEmpty());
  }

  @Test
  void givenProcessCrashesDuringASearch_search_isRetriedOnceThenFailsAndThePoolRecovers() {
    PoolFigures before = backend.figures();
    BrokenSessionException e =
        assertThrows(
            BrokenSessionException.class,
            () -> ports.query().search(SearchQuery.all("Get-Recipient")).count());
    assertTrue(e.isRetryable());
    PoolFigures after = backend.figures();
    assertEquals(before.retried() + 1, after.retried());
    assertTrue(after.discarded() >= before.discarded() + 2, after.toString());
    assertRecovered();
  }

  @Test
  void givenProcessCrashesDuringAPlan_run_failsAsBrokenSessionWithoutRetry() {
    PoolFigures before = backend.figures();
    assertThrows(
        BrokenSessionException.class,
        () -> ports.commands().run(plan(command("Get-Recipient", "ResultSize", "1"))));
    assertEquals(before.retried(), backend.figures().retried());
    assertRecovered();
  }

  @Test
  void givenHangingCommand_read_timesOutKillsTheSessionAndThePoolRecovers() {
    PoolFigures before = backend.figures();
    String group = Plans.unique("Hung");
    ports.commands().run(plan(command("New-DistributionGroup", "Name", group)));
    assertThrows(
        OperationTimeoutException.class,
        () -> ports.state().loadGroup(RecipientIdentity.of(group)));
    assertTrue(backend.figures().discarded() > before.discarded());
    assertRecovered();
    assertTrue(emulatorProcessesSettleAt(backend.figures().open()), "the hung process was killed");
  }

  /** Whether this JVM's emulator child processes come down to {@code expected} within 10 s. */
  private static boolean emulatorProcessesSettleAt(int expected) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      long alive =
          ProcessHandle.current()
              .descendants()
              .filter(ProcessHandle::isAlive)
              .filter(
                  h ->
                      h.info()
                          .commandLine()
                          .map(c -> c.contains("EmulatedPowerShell"))
                          .orElse(false))
              .count();
      if (alive <= expected) {
        return true;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  @Test
  void givenOutputCutInHalf_read_isRetriedThenFailsAsBrokenSessionAndThePoolRecovers() {
    String name = Plans.unique("Garbled");
    ports.commands().run(plan(command("New-Mailbox", "Shared", null, "Name", name, "Alias", name)));
    assertThrows(
        BrokenSessionException.class, () -> ports.state().loadMailbox(RecipientIdentity.of(name)));
    assertRecovered();
  }

  @Test
  void givenRefusedAuthentication_firstCall_failsAsAuthenticationFailed() {
    EmulatorProcess refusing =
        EmulatorProcess.withFaults(EmulatorProcess.argument(version()), "auth-failure");
    try (PowerShellBackend b = open(refusing, Duration.ofSeconds(5))) {
      AuthenticationFailedException e =
          assertThrows(AuthenticationFailedException.class, () -> b.backend().commands().version());
      assertFalse(e.isRetryable());
      assertEquals(0, b.figures().open());
    }
  }
}
