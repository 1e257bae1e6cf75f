package io.exchangekit.adapter.online;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.powershell.EmulatorProcess;
import io.exchangekit.adapter.powershell.PowerShellBackend;
import io.exchangekit.core.error.AuthenticationFailedException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OnlineAuthenticationTest {
  @Test
  void givenUnknownTenant_connect_failsAsAuthenticationFailedWithoutTheCertificatePassword() {
    EmulatorProcess emulator = EmulatorProcess.of("Online");
    OnlineConfig good = EmulatorConfigs.appOnly(emulator, 1, Duration.ofSeconds(10));
    OnlineConfig wrongTenant =
        new OnlineConfig(
            true,
            Optional.of("fabrikam.onmicrosoft.com"),
            good.login(),
            good.certificateThumbprint(),
            good.certificateFile(),
            good.certificatePassword(),
            good.password(),
            good.powerShell());
    try (PowerShellBackend b = OnlinePowerShellProvider.open(wrongTenant)) {
      AuthenticationFailedException e =
          assertThrows(AuthenticationFailedException.class, () -> b.backend().commands().version());
      assertTrue(e.getMessage().contains("AADSTS"), e.getMessage());
      assertFalse(e.getMessage().contains(good.certificatePassword().get().reveal()));
      assertFalse(emulator.transcript().contains(good.certificatePassword().get().reveal()));
    }
  }
}
