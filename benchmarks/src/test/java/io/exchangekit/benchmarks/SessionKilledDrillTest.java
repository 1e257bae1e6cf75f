package io.exchangekit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.exchangekit.adapter.powershell.PowerShellHost;
import io.exchangekit.benchmarks.Workload.Op;
import io.exchangekit.embedded.EmulatorHost;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.emulator.exchange.FaultPlan;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A session's PowerShell process dies in the middle of operations, through the real stack
 * (OpenIamConnector over ExchangeUseCases over the on-premises adapter over the Exchange emulator):
 * sometimes while a write is still waiting to run, sometimes after the write ran but before its
 * answer came back. Nothing may be lost, nothing applied twice, every request answered.
 */
class SessionKilledDrillTest {
  private static final int USERS = 40;

  @Test
  void givenSessionsKilledDuringABatch_handle_answersEveryRequestAndAppliesEachOnce() {
    ExchangeEmulator emulator =
        EmulatedStack.exchange2016()
            .withOrganisation(Workload.organisation(USERS, 0))
            .withFaults(FaultPlan.parse("latency=5"));
    AtomicInteger writes = new AtomicInteger();
    AtomicInteger killedBefore = new AtomicInteger();
    AtomicInteger killedAfter = new AtomicInteger();
    Ledger ledger = new Ledger();
    try (EmulatedStack stack =
        EmulatedStack.over(
            emulator,
            EmulatedStack.options(3),
            host -> new Killer(host, writes, killedBefore, killedAfter))) {
      Concurrently.run(
          3,
          Workload.lifeCycles(USERS, "k"),
          request -> ledger.handleInOrder(request, stack.connector()::handle, 3));
    }

    assertTrue(killedBefore.get() >= 3, "sessions died before a write ran: " + killedBefore);
    assertTrue(killedAfter.get() >= 3, "sessions died after a write ran: " + killedAfter);
    assertEquals(USERS * Op.values().length, ledger.requests.size());
    ledger.assertEveryRequestSucceeded();
    ledger.assertOneOutcomeEach();
    assertEquals(
        USERS,
        emulator.counters().cmdletCalls("Enable-Mailbox"),
        "each mailbox enabled exactly once");
    Map<String, JsonNode> mailboxes = Organisations.mailboxes(emulator.organisation());
    Map<String, List<String>> members = Organisations.groupMembers(emulator.organisation());
    for (int i = 0; i < USERS; i++) {
      JsonNode m = mailboxes.get(Workload.user(i));
      assertTrue(m.isObject(), Workload.user(i) + " has a mailbox");
      assertTrue(m.path("hiddenFromAddressListsEnabled").asBoolean(), "MODIFY applied");
      assertTrue(Organisations.protocolsOn(m), "RESUME applied after SUSPEND");
      assertEquals(1, members.get(Workload.group(i)).size(), Workload.group(i) + " has one member");
    }
  }

  /**
   * Kills its session on every 7th write line: on odd kills before the line runs, on even kills
   * after it ran (the answer is lost).
   */
  private static final class Killer implements PowerShellHost {
    private final EmulatorHost host;
    private final AtomicInteger writes;
    private final AtomicInteger before;
    private final AtomicInteger after;

    Killer(EmulatorHost host, AtomicInteger writes, AtomicInteger before, AtomicInteger after) {
      this.host = host;
      this.writes = writes;
      this.before = before;
      this.after = after;
    }

    @Override
    public Result run(String line) {
      boolean write =
          List.of("Enable-Mailbox", "Set-Mailbox", "Set-CASMailbox", "Add-DistributionGroupMember")
              .stream()
              .anyMatch(line::contains);
      int n = write ? writes.incrementAndGet() : 0;
      if (write && n % 7 == 0) {
        if ((n / 7) % 2 == 1) {
          before.incrementAndGet();
          host.close();
          return new Result(Outcome.DIED, "");
        }
        host.run(line);
        after.incrementAndGet();
        host.close();
        return new Result(Outcome.DIED, "");
      }
      return host.run(line);
    }

    @Override
    public boolean isAlive() {
      return host.isAlive();
    }

    @Override
    public void close() {
      host.close();
    }
  }
}
