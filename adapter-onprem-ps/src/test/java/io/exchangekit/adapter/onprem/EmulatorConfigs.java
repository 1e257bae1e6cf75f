package io.exchangekit.adapter.onprem;

import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.Secret;
import java.util.Optional;

/**
 * The configurations the tests connect to the emulated server with; the one place the suites build
 * an {@link OnPremConfig}.
 */
final class EmulatorConfigs {
  /** The service account's password in {@link #serviceAccount}. */
  static final Secret SERVICE_PASSWORD = Secret.of("Svc-P@ss'\u2019word");

  private EmulatorConfigs() {}

  /**
   * Kerberos as the connector's own identity, no login.
   *
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

  /** Kerberos with the service account {@code CONTOSO\svc-exchange}, version detected. */
  static OnPremConfig serviceAccount(PowerShellOptions options) {
    return new OnPremConfig(
        "EXCHANGE1.contoso.com",
        false,
        OnPremConfig.Authentication.KERBEROS,
        Optional.of("CONTOSO\\svc-exchange"),
        Optional.of(SERVICE_PASSWORD),
        Optional.empty(), // detected from Get-ExchangeServer
        options);
  }
}
