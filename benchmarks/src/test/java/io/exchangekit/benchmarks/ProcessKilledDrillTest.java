package io.exchangekit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.exchangekit.adapter.onprem.OnPremConfig;
import io.exchangekit.adapter.onprem.OnPremPowerShellProvider;
import io.exchangekit.adapter.openiam.OpenIamConnector;
import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.benchmarks.Workload.Op;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.Counters;
import io.exchangekit.emulator.exchange.EmulatorLauncher;
import io.exchangekit.emulator.exchange.org.Organisation;
import io.exchangekit.ports.service.ExchangeUseCases;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real thing: the on-premises adapter drives a child process (the Exchange emulator's process
 * entry point, started through jPowerShell), and that process is killed with SIGKILL while a write
 * is running in it. The request must be answered (a retryable FAILURE, since the outcome is
 * unknown), the next request must get a fresh process, and re-sending must converge: the change
 * applied once, the identity's later requests applied in order.
 */
class ProcessKilledDrillTest {

  @Test
  void givenTheSessionProcessKilledDuringAWrite_handle_answersRetryableAndConvergesWhenResent()
      throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "drill-process-");
    Path state = dir.resolve("organisation.json");
    Path counters = dir.resolve("counters.json");
    Files.writeString(state, Workload.organisationJson(2, 0), StandardCharsets.UTF_8);
    Path launcher =
        EmulatorLauncher.writeScript(
            dir,
            "--version",
            "2016",
            "--state",
            state.toString(),
            "--counters",
            counters.toString(),
            "--faults",
            "latency:Set-CASMailbox=2000");
    ExchangeBackend backend =
        new OnPremPowerShellProvider()
            .create(
                new OnPremConfig(
                    "ex01.contoso.com",
                    false,
                    OnPremConfig.Authentication.KERBEROS,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(ExchangeVersion.EXCHANGE_2016),
                    new PowerShellOptions(
                        launcher.toString(),
                        1,
                        Duration.ofMinutes(10),
                        Duration.ofHours(1),
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(60),
                        Duration.ofMinutes(2),
                        2,
                        Duration.ofMillis(50),
                        100,
                        false)));
    Ledger ledger = new Ledger();
    try {
      OpenIamConnector connector =
          OpenIamConnector.of(ExchangeUseCases.builder().premise(backend).build());
      String enabled =
          ledger.handle(Workload.request(Op.ENABLE, 0, "pk-enable"), connector::handle);
      assertEquals("SUCCESS", Responses.status(enabled), enabled);
      List<ProcessHandle> before = emulatorProcesses();
      assertEquals(1, before.size(), "one emulator process serves the session");

      String suspend = Workload.request(Op.SUSPEND, 0, "pk-suspend");
      CompletableFuture<String> inFlight =
          CompletableFuture.supplyAsync(() -> ledger.handle(suspend, connector::handle));
      // the emulator process flushes its counters after each line: once the SUSPEND's state read
      // (Get-Mailbox, Get-CASMailbox) is counted, the next line is the write, which takes 2 s
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (countedSoFar(counters, "Get-CASMailbox") < 1) {
        assertTrue(System.nanoTime() < deadline, "the SUSPEND's state read ran");
        Thread.sleep(20);
      }
      Thread.sleep(500);
      assertTrue(!inFlight.isDone(), "the write is still running when the process is killed");
      before.get(0).destroyForcibly();
      String killed = inFlight.get(30, TimeUnit.SECONDS);
      JsonNode k = Responses.read(killed);
      assertEquals("FAILURE", k.path("status").asText(), killed);
      assertTrue(k.path("retryable").asBoolean(), "the caller may send it again: " + killed);
      assertTrue(Ledger.isRetryableFailure(killed));

      String again = connector.handle(suspend);
      ledger.answered(again);
      assertEquals("SUCCESS", Responses.status(again), again);
      String resumed =
          ledger.handleInOrder(Workload.request(Op.RESUME, 0, "pk-resume"), connector::handle, 2);
      assertEquals("SUCCESS", Responses.status(resumed), resumed);
      List<ProcessHandle> after = emulatorProcesses();
      assertEquals(1, after.size(), "a fresh process replaced the killed one");
      assertTrue(after.get(0).pid() != before.get(0).pid());
    } finally {
      backend.close();
    }

    ledger.assertEveryRequestSucceeded();
    ledger.assertOneOutcomeEach();
    JsonNode mailbox = Organisations.mailboxes(Organisation.load(state)).get(Workload.user(0));
    assertTrue(mailbox.isObject(), "the mailbox exists");
    assertTrue(Organisations.protocolsOn(mailbox), "RESUME applied after the re-sent SUSPEND");
    assertEquals(1, Counters.read(counters).cmdletCalls("Enable-Mailbox"), "enabled once");
  }

  /** What the emulator process counted so far; 0 while its file is being rewritten. */
  private static long countedSoFar(Path counters, String cmdlet) {
    try {
      return Counters.read(counters).cmdletCalls(cmdlet);
    } catch (RuntimeException beingWritten) {
      return 0;
    }
  }

  /** The emulator processes started by this JVM (through jPowerShell and the launcher script). */
  private static List<ProcessHandle> emulatorProcesses() {
    return ProcessHandle.current()
        .descendants()
        .filter(ProcessHandle::isAlive)
        .filter(p -> commandLine(p).contains("EmulatedPowerShell"))
        .toList();
  }

  /** The whole command line (ProcessHandle.Info cuts long ones short on Linux). */
  private static String commandLine(ProcessHandle p) {
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(p.pid()), "cmdline"));
      return new String(raw, StandardCharsets.UTF_8);
    } catch (java.io.IOException | RuntimeException e) {
      return p.info().commandLine().orElse("");
    }
  }
}
