package io.exchangekit.adapter.onprem;

import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.core.mode.ExchangeVersion;
import java.util.Optional;

/** The configuration the tests connect to the emulated server with: Kerberos, no login. */
final class EmulatorConfigs {
  private EmulatorConfigs() {}

  /**
   * @param version the version to assume; empty to detect it from Get-ExchangeServer
   */
  static OnPremConfig kerberos(Optional<ExchangeVersion> version, PowerShellOptions options) {
    return new OnPremConfig(
        "EXCHANGE1.contoso.com",
        false,
        OnPremConfig.Authentication.KERBEROS,
        Optional.empty(),
        Optional.empty(),
        version,
        options);
  }
}
