package io.exchangekit.adapter.powershell;

import static io.exchangekit.adapter.powershell.Plans.command;
import static io.exchangekit.adapter.powershell.Plans.plan;
import static org.quicktheories.QuickTheory.qt;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The adapters' whole stack (rendering, envelope, pool, decoding) over the emulator's in-process
 * sessions, with many examples; the end-to-end variants run through jPowerShell with fewer.
 */
class PowerShellBackendProperties {

  @Test
  void givenAnyGroupName_searchByAnOpathFilter_findsExactlyThatGroup() {
    ExchangeEmulator emulator = InProcessPowerShell.emulator(ExchangeVersion.EXCHANGE_2016);
    try (PowerShellBackend b = InProcessPowerShell.backend(emulator, 1)) {
      qt().withExamples(200)
          .forAll(
              // valid values only, by construction: no assumption discards examples
              HostileStrings.any().map(s -> HostileStrings.truncate(s, 40)))
          .check(
              raw -> {
                // a letter first and a unique tail: Exchange trims a name's outer spaces
                String name = "g" + raw + "#" + Plans.unique("g");
                b.backend()
                    .commands()
                    .run(
                        plan(
                            command(
                                "New-DistributionGroup",
                                "Name",
                                name,
                                "Alias",
                                Plans.unique("a"))));
                var query =
                    new io.exchangekit.core.search.SearchQuery(
                        "Get-DistributionGroup",
                        java.util.Optional.of(PowerShellText.opathEquals("Name", name)),
                        java.util.List.of("Name"),
                        java.util.OptionalInt.empty());
                try (var found = b.backend().query().search(query)) {
                  return found
                      .map(r -> r.properties().get("Name").get(0))
                      .toList()
                      .equals(java.util.List.of(name));
                }
              });
    }
  }

  @Test
  void givenAnyGroupName_searchByIdentity_passesTheNameVerbatimAndFindsThatGroup() {
    ExchangeEmulator emulator = InProcessPowerShell.emulator(ExchangeVersion.EXCHANGE_2016);
    try (PowerShellBackend b = InProcessPowerShell.backend(emulator, 1)) {
      qt().withExamples(150)
          .forAll(HostileStrings.any().map(s -> HostileStrings.truncate(s, 40)))
          .check(
              raw -> {
                String name = "i" + raw + "#" + Plans.unique("i");
                b.backend()
                    .commands()
                    .run(
                        plan(
                            command(
                                "New-DistributionGroup",
                                "Name",
                                name,
                                "Alias",
                                Plans.unique("a"))));
                long calls = emulator.counters().totalCmdletCalls();
                var query =
                    io.exchangekit.core.search.SearchQuery.all("Get-DistributionGroup")
                        .with("Identity", io.exchangekit.core.search.SearchValue.text(name))
                        .withProperties(java.util.List.of("Name"));
                try (var found = b.backend().query().search(query)) {
                  return found
                          .map(r -> r.properties().get("Name").get(0))
                          .toList()
                          .equals(java.util.List.of(name))
                      && emulator.counters().cmdletCalls("Get-DistributionGroup") >= 1
                      && emulator.counters().totalCmdletCalls() == calls + 1;
                }
              });
    }
  }

  @Test
  void givenAnyString_writtenAndReadBack_isIdenticalAndRunsNothingElse_inEveryVersion() {
    for (ExchangeVersion v :
        EnumSet.of(
            ExchangeVersion.EXCHANGE_2010, ExchangeVersion.EXCHANGE_2016, ExchangeVersion.ONLINE)) {
      ExchangeEmulator emulator = InProcessPowerShell.emulator(v);
      try (PowerShellBackend b = InProcessPowerShell.backend(emulator, 1)) {
        String mailbox = Plans.unique("InProc");
        b.backend()
            .commands()
            .run(plan(command("New-Mailbox", "Shared", null, "Name", mailbox, "Alias", mailbox)));
        qt().withExamples(300)
            .forAll(HostileStrings.any().map(s -> "v" + HostileStrings.truncate(s, 199)))
            .check(
                value -> {
                  long sets = emulator.counters().cmdletCalls("Set-Mailbox");
                  long total = emulator.counters().totalCmdletCalls();
                  b.backend()
                      .commands()
                      .run(
                          plan(
                              command(
                                  "Set-Mailbox", "Identity", mailbox, "CustomAttribute1", value)));
                  String back =
                      b.backend()
                          .state()
                          .loadMailbox(RecipientIdentity.of(mailbox))
                          .customAttributes()
                          .get(1);
                  return value.equals(back)
                      && emulator.counters().cmdletCalls("Set-Mailbox") == sets + 1
                      // Set-Mailbox, Get-User, Get-Mailbox, Get-CASMailbox, and the delegates:
                      // Get-Mailbox, Get-MailboxPermission, Get-ADPermission or
                      // -RecipientPermission
                      && emulator.counters().totalCmdletCalls() == total + 7;
                });
      }
    }
  }
}
