package io.exchangekit.adapter.online;

import io.exchangekit.adapter.powershell.EmulatorProcess;
import io.exchangekit.core.recipient.Secret;
import java.time.Duration;
import java.util.Optional;

/**
 * The configuration the suites connect to the emulated Exchange Online with: app-only
 * authentication with a certificate file; the one place the suites build an {@link OnlineConfig}.
 */
final class EmulatorConfigs {
  private EmulatorConfigs() {}

  static OnlineConfig appOnly(EmulatorProcess emulator, int sessions, Duration callTimeout) {
    return new OnlineConfig(
        true,
        Optional.of("contoso.onmicrosoft.com"),
        "36ee4c6c-0812-40a2-b820-b22ebd02bce3",
        Optional.empty(),
        Optional.of("/etc/exchangekit/app.pfx"),
        Optional.of(Secret.of("Cert-P@ss'\u2019word")),
        Optional.empty(),
        emulator.options(sessions, callTimeout));
  }
}
