package io.exchangekit.adapter.powershell;

import static io.exchangekit.adapter.powershell.Plans.command;
import static io.exchangekit.adapter.powershell.Plans.plan;
import static org.quicktheories.QuickTheory.qt;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.emulator.exchange.Counters;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Properties every PowerShell backend must have end to end (jPowerShell and an emulator process):
 * any string written through the adapter reads back identical, and runs no other command.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PowerShellRoundTripContract {
  private EmulatorProcess emulator;
  private PowerShellBackend backend;
  private ExchangeBackend ports;
  private String mailbox;

  protected abstract ExchangeVersion version();

  protected abstract PowerShellBackend open(EmulatorProcess emulator);

  @BeforeAll
  void start() {
    emulator = EmulatorProcess.of(EmulatorProcess.argument(version()));
    backend = open(emulator);
    ports = backend.backend();
    mailbox = Plans.unique("Props");
    ports
        .commands()
        .run(plan(command("New-Mailbox", "Shared", null, "Name", mailbox, "Alias", mailbox)));
  }

  @AfterAll
  void stop() {
    backend.close();
    System.out.println(
        "figures (%s, %s): pool %s; emulator %s"
            .formatted("round trip", version(), backend.figures(), emulator.counters()));
  }

  private Map<String, Long> calls() {
    Counters c = emulator.counters();
    return c == null ? new TreeMap<>() : c.cmdletCalls();
  }

  /**
   * The counters once the emulator has written the last call's count: it writes the counters file
   * just after it answers, so a read right after the answer may see the previous counts.
   */
  private Map<String, Long> settledCalls(Map<String, Long> before) {
    long deadline = System.nanoTime() + 3_000_000_000L;
    Map<String, Long> now = calls();
    String cas = ReadCmdlets.forVersion(version()).cmdlet(ReadCmdlets.Kind.CAS_MAILBOX);
    while (now.getOrDefault(cas, 0L) <= before.getOrDefault(cas, 0L)
        && System.nanoTime() < deadline) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      now = calls();
    }
    return now;
  }

  @Test
  void givenAnyString_writtenAndReadThroughTheAdapter_comesBackIdenticalAndRunsNothingElse() {
    qt().withExamples(40)
        .withShrinkCycles(8)
        .forAll(HostileStrings.any().map(s -> "v" + HostileStrings.truncate(s, 199)))
        .check(
            value -> {
              Map<String, Long> before = calls();
              ports
                  .commands()
                  .run(
                      plan(command("Set-Mailbox", "Identity", mailbox, "CustomAttribute1", value)));
              String back =
                  ports
                      .state()
                      .loadMailbox(RecipientIdentity.of(mailbox))
                      .customAttributes()
                      .get(1);
              Map<String, Long> after = settledCalls(before);
              Map<String, Long> delta = new TreeMap<>();
              after.forEach(
                  (k, v) -> {
                    long d = v - before.getOrDefault(k, 0L);
                    if (d != 0) {
                      delta.put(k, d);
                    }
                  });
              Map<String, Long> expected = new TreeMap<>();
              // the one state read; Exchange Online reads with the REST cmdlets
              ReadCmdlets reads = ReadCmdlets.forVersion(version());
              expected.merge(reads.cmdlet(ReadCmdlets.Kind.CAS_MAILBOX), 1L, Long::sum);
              expected.merge(reads.cmdlet(ReadCmdlets.Kind.MAILBOX), 1L, Long::sum);
              expected.put("Get-User", 1L);
              expected.put("Set-Mailbox", 1L);
              // the delegates part of the read: its own Get-Mailbox and the permission lists
              expected.merge("Get-Mailbox", 1L, Long::sum);
              expected.put("Get-MailboxPermission", 1L);
              expected.put(
                  version().isOnline() ? "Get-RecipientPermission" : "Get-ADPermission", 1L);
              return value.equals(back) && delta.equals(expected);
            });
  }
}
