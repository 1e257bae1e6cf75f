package io.exchangekit.adapter.onprem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.powershell.EmulatorHost;
import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.emulator.exchange.org.HostPlatform;
import io.exchangekit.ports.spi.BackendConfig;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which hosts can run the WinRM connect line; the host's operating system is given through {@link
 * PowerShellOptions#windows()}, never read from this machine.
 */
class RemotingHostTest {

  private static PowerShellOptions host(boolean windows, String executable) {
    return PowerShellOptions.builder(1).windows(windows).executable(executable).build();
  }

  private static OnPremConfig config(PowerShellOptions options) {
    return EmulatorConfigs.kerberos(Optional.of(ExchangeVersion.EXCHANGE_2016), options);
  }

  @Test
  void givenPowerShell7OnLinux_create_failsBeforeAnySessionSayingWhatWorks() {
    for (String pwsh :
        new String[] {"pwsh", "/opt/microsoft/powershell/7/pwsh", "/usr/bin/PWSH", " pwsh "}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> new OnPremPowerShellProvider().create(config(host(false, pwsh))),
              pwsh);
      String m = e.getMessage();
      assertTrue(m.contains("no supported WSMan client library was found"), m);
      assertTrue(m.contains("http://EXCHANGE1.contoso.com/PowerShell/"), m);
      assertTrue(m.contains("Windows host"), m);
      assertTrue(m.contains("'powershell.executable'"), m);
      assertTrue(m.contains("'wsman.linuxClient'"), m);
    }
  }

  @Test
  void givenLinuxDefaults_createFromSettings_failsWithTheSameMessage() {
    OnPremPowerShellProvider provider = new OnPremPowerShellProvider();
    BackendConfig settings = BackendConfig.of(Map.of("server", "EXCHANGE1.contoso.com"), Map.of());
    OnPremConfig read = OnPremConfig.from(settings);
    // the defaults on this machine decide; state the outcome for both kinds of host
    if (read.powerShell().windows()) {
      assertEquals("powershell.exe", read.powerShell().executable());
    } else {
      assertEquals("pwsh", read.powerShell().executable());
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> provider.create(settings));
      assertTrue(e.getMessage().contains("WSMan"), e.getMessage());
    }
  }

  @Test
  void givenAHostThatCanConnect_create_accepts() {
    OnPremPowerShellProvider provider = new OnPremPowerShellProvider();
    for (OnPremConfig ok :
        new OnPremConfig[] {
          config(host(true, "powershell.exe")),
          config(host(true, "C:\\Program Files\\PowerShell\\7\\pwsh.exe")),
          config(host(false, "/usr/local/bin/exchange-management-shell")),
          OnPremConfig.builder("EXCHANGE1.contoso.com")
              .powerShell(host(false, "pwsh"))
              .linuxWsmanClient(true)
              .build()
        }) {
      try (ExchangeBackend backend = provider.create(ok)) {
        assertTrue(backend.commands() != null, ok.toString());
      }
    }
  }

  @Test
  void givenWsmanClientSetting_from_readsIt() {
    assertTrue(
        OnPremConfig.from(
                BackendConfig.of(Map.of("server", "ex1", "wsman.linuxClient", "true"), Map.of()))
            .linuxWsmanClient());
    assertFalse(
        OnPremConfig.from(BackendConfig.of(Map.of("server", "ex1"), Map.of())).linuxWsmanClient());
    assertTrue(new OnPremPowerShellProvider().settingKeys().contains("wsman.linuxClient"));
  }

  @Test
  void givenExecutableNames_isPowerShell7_judgesByFileName() {
    assertTrue(RemotingHost.isPowerShell7("pwsh"));
    assertTrue(RemotingHost.isPowerShell7("C:\\Program Files\\PowerShell\\7\\pwsh.exe"));
    assertTrue(RemotingHost.isPowerShell7("/opt/microsoft/powershell/7-preview/pwsh-preview"));
    assertFalse(RemotingHost.isPowerShell7("powershell.exe"));
    assertFalse(RemotingHost.isPowerShell7("/opt/pwsh/exchange-shell"));
    assertFalse(RemotingHost.isPowerShell7("pwsh-wrapper.sh"));
  }

  @Test
  void givenEmulatedLinuxHost_connect_failsWithPowerShellsWsmanError() {
    ExchangeEmulator linux =
        ExchangeEmulator.forVersion(ExchangeVersion.EXCHANGE_2016)
            .withDemoOrganisation()
            .withHostPlatform(HostPlatform.LINUX);
    // a backend over another host is not judged by the process check: the emulated host refuses
    try (ExchangeBackend backend =
        new OnPremPowerShellProvider()
            .create(config(host(false, "pwsh")), EmulatorHost.of(linux))) {
      ExchangeConnectorException e =
          assertThrows(ExchangeConnectorException.class, () -> backend.commands().version());
      assertTrue(
          e.getMessage().contains("no supported WSMan client library was found"), e.getMessage());
    }
  }
}
