package io.exchangekit.adapter.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.EmulatorSession;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PowerShellTextProperties {
  private static ExchangeEmulator emulator;
  private static EmulatorSession session;

  @BeforeAll
  static void start() {
    emulator = InProcessPowerShell.emulator(ExchangeVersion.EXCHANGE_2016);
    session = emulator.newSession();
  }

  @AfterAll
  static void stop() {
    session.close();
  }

  @Test
  void givenAnyString_quoteThenParseInTheEmulator_readsBackIdenticalAndRunsNothing() {
    qt().withExamples(1500)
        .forAll(HostileStrings.anyWithControls())
        .check(
            s -> {
              long before = emulator.counters().totalCmdletCalls();
              var r =
                  session.run(
                      "ConvertTo-Json -InputObject " + PowerShellText.quote(s) + " -Compress");
              String back = r.json().asText();
              return back.equals(s) && emulator.counters().totalCmdletCalls() == before;
            });
  }

  @Test
  void givenHostileValue_insideACommand_theCommandRunsOnceAndNothingElse() {
    qt().withExamples(300)
        .forAll(HostileStrings.anyWithControls())
        .check(
            s -> {
              long before = emulator.counters().totalCmdletCalls();
              long users = emulator.counters().cmdletCalls("Get-User");
              session.run(
                  "$r=@(Get-User -Identity "
                      + PowerShellText.quote(s.isEmpty() ? "x" : s)
                      + " -ErrorAction SilentlyContinue);ConvertTo-Json -InputObject 1");
              return emulator.counters().totalCmdletCalls() == before + 1
                  && emulator.counters().cmdletCalls("Get-User") == users + 1;
            });
  }

  @Test
  void givenCrLfOrNul_quote_isRejectedWithoutRepeatingTheValue() {
    qt().forAll(
            HostileStrings.anyWithControls(),
            integers().between(0, 2),
            lists().of(integers().between(0, 100)).ofSizeBetween(0, 0))
        .checkAssert(
            (s, which, ignored) -> {
              String bad = s + "secret-part" + "\r\n\0".charAt(which) + s;
              IllegalArgumentException e =
                  assertThrows(IllegalArgumentException.class, () -> PowerShellText.quote(bad));
              assertFalse(e.getMessage().contains("secret-part"));
              assertTrue(e.getMessage().contains("CR, LF or NUL"));
            });
  }

  @Test
  void givenEveryQuoteCharacter_quote_doublesEachOfThem() {
    assertEquals("'a''b‘‘c’’d‚‚e‛‛f\"g'", PowerShellText.quote("a'b‘c’d‚e‛f\"g"));
  }

  @Test
  void givenApostropheInAFilterValue_opathEquals_quotesAtBothLevels() {
    assertEquals(
        "Name -eq 'O''Brien\u2019s'", PowerShellText.opathEquals("Name", "O'Brien\u2019s"));
    assertEquals(
        "'Name -eq ''O''''Brien\u2019\u2019s'''",
        PowerShellText.quote(PowerShellText.opathEquals("Name", "O'Brien\u2019s")));
    assertThrows(IllegalArgumentException.class, () -> PowerShellText.opathEquals("Na me", "x"));
  }
}
