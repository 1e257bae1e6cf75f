package io.exchangekit.adapter.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.mode.ExchangeVersion;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectingSessionFactoryTest {
  private static final ConnectionRecipe RECIPE =
      new ConnectionRecipe("$r='CONNECT'", List.of(), "$r='BYE'", ExchangeVersion::parse, "fake");

  private static PowerShellOptions options(boolean windows) {
    PowerShellOptions d = InProcessPowerShell.options(1);
    return new PowerShellOptions(
        d.executable(),
        1,
        d.idleTimeout(),
        d.maxAge(),
        d.callTimeout(),
        d.connectTimeout(),
        d.searchTimeout(),
        0,
        d.throttleBackoff(),
        10,
        windows);
  }

  @Test
  void givenWindowsHost_open_setsTheConsoleToUtf8BeforeConnecting() {
    for (boolean windows : new boolean[] {true, false}) {
      FakePowerShell p = new FakePowerShell((l, n) -> FakePowerShell.ok(n, "\"2019\""));
      PsSession s =
          new ConnectingSessionFactory(options(windows), RECIPE, () -> p, Clock.systemUTC()).open();
      assertEquals(ExchangeVersion.EXCHANGE_2019, s.version());
      assertEquals(
          windows, p.lines.get(0).contains("[Console]::InputEncoding=[Text.Encoding]::UTF8"));
      assertEquals(windows ? 2 : 1, p.lines.size());
      String connect = p.lines.get(p.lines.size() - 1);
      assertTrue(connect.contains("$r='CONNECT'"));
      assertFalse(connect.contains("[Console]"));
    }
  }

  @Test
  void givenUnknownVersionText_open_failsAndKillsTheProcess() {
    FakePowerShell p = new FakePowerShell((l, n) -> FakePowerShell.ok(n, "\"Exchange 5.5\""));
    ExchangeConnectorException e =
        assertThrows(
            ExchangeConnectorException.class,
            () ->
                new ConnectingSessionFactory(options(false), RECIPE, () -> p, Clock.systemUTC())
                    .open());
    assertTrue(e.getMessage().contains("fake"));
    assertTrue(p.killed);
    assertFalse(p.alive);
  }
}
