package io.exchangekit.emulator.exchange;

import static io.exchangekit.core.mode.ExchangeVersion.EXCHANGE_2016;
import static io.exchangekit.core.mode.ExchangeVersion.ONLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two prices of the fault plan: per remote call (one line answered) and per cmdlet. */
class RemoteCallCostTest {

  private static final String THREE_READS =
      "Get-User -Identity 'alice' | Out-Null; Get-Mailbox -Identity 'alice' | Out-Null;"
          + " Get-CASMailbox -Identity 'alice' | Out-Null";

  private static ExchangeEmulator emulator(String faults) {
    return ExchangeEmulator.forVersion(EXCHANGE_2016)
        .withDemoOrganisation()
        .withFaults(FaultPlan.parse(faults));
  }

  private static long millis(Runnable r) {
    long t0 = System.nanoTime();
    r.run();
    return (System.nanoTime() - t0) / 1_000_000;
  }

  @Test
  void givenSpec_parse_readsCallLatencyBesideCmdletLatency() {
    FaultPlan plan = FaultPlan.parse("call-latency=50;latency=7");
    assertEquals(Duration.ofMillis(50), plan.callLatency());
    assertEquals(Duration.ofMillis(7), plan.cmdletLatency());
    assertEquals(Duration.ZERO, FaultPlan.none().callLatency());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse("call-latency=soon"));
    assertTrue(e.getMessage().contains("call-latency=soon"), e.getMessage());
  }

  @Test
  void givenCallLatency_oneLineOfThreeCmdlets_isChargedOnce() {
    ExchangeEmulator e = emulator("call-latency=300");
    try (EmulatorSession s = e.newSession()) {
      long fused = millis(() -> s.run(THREE_READS));
      assertTrue(fused >= 300, "one round trip is charged: " + fused);
      assertTrue(fused < 900, "not once per cmdlet: " + fused);
      long apart =
          millis(
              () -> {
                s.run("Get-User -Identity 'alice' | Out-Null");
                s.run("Get-Mailbox -Identity 'alice' | Out-Null");
                s.run("Get-CASMailbox -Identity 'alice' | Out-Null");
              });
      assertTrue(apart >= 900, "three lines, three round trips: " + apart);
    }
    assertEquals(4, e.counters().remoteCalls());
    assertEquals(6, e.counters().totalCmdletCalls());
  }

  @Test
  void givenBothLatencies_line_paysOneCallAndEachCmdlet() {
    ExchangeEmulator e = emulator("call-latency=200;latency=150");
    try (EmulatorSession s = e.newSession()) {
      long t = millis(() -> s.run(THREE_READS));
      assertTrue(t >= 200 + 3 * 150, "one call and three cmdlets: " + t);
    }
  }

  @Test
  void givenTwoSessions_counters_countRemoteCallsPerSessionAndInAll() {
    ExchangeEmulator e = ExchangeEmulator.forVersion(ONLINE).withDemoOrganisation();
    try (EmulatorSession a = e.newSession();
        EmulatorSession b = e.newSession()) {
      a.run(THREE_READS.replace("Get-User", "Get-Recipient"));
      a.run("Get-Mailbox | Out-Null");
      b.run("$x = 1");
      b.run("$y = 2");
      b.run("Get-Mailbox -Identity 'nobody' 2>$null");
      assertEquals(2, a.remoteCalls());
      assertEquals(3, b.remoteCalls());
    }
    assertEquals(5, e.counters().remoteCalls());
    assertEquals(
        List.of(2L, 3L), List.copyOf(e.counters().remoteCallsBySession().values()), "by session");
    assertTrue(
        e.counters().remoteCallsBySession().keySet().stream()
            .allMatch(k -> k.startsWith("in-process-")),
        e.counters().toString());
  }

  @Test
  void givenCountersOfTwoProcesses_flushTo_addsTheirRemoteCallsInOneFile(@TempDir Path dir) {
    Path file = dir.resolve("counters.json");
    Counters first = new Counters();
    first.remoteCallAnswered("pid-1");
    first.remoteCallAnswered("pid-1");
    first.flushTo(file);
    Counters second = new Counters();
    second.remoteCallAnswered("pid-2");
    second.flushTo(file);
    first.remoteCallAnswered("pid-1");
    first.flushTo(file);
    Counters read = Counters.read(file);
    assertEquals(4, read.remoteCalls());
    assertEquals(Map.of("pid-1", 3L, "pid-2", 1L), read.remoteCallsBySession());
    assertTrue(Files.exists(file));
  }
}
