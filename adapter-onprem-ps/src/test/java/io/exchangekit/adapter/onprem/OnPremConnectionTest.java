package io.exchangekit.adapter.onprem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.powershell.EmulatorHost;
import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.core.error.AuthenticationFailedException;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.emulator.exchange.FaultPlan;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The connection recipe against the emulator's in-process PowerShell: the service account's
 * credential and the version read from Get-ExchangeServer, with no 'exchange.version' set.
 */
class OnPremConnectionTest {
  private static final Secret PASSWORD = Secret.of("Svc-P@ss'\u2019word;$x");

  private static OnPremConfig serviceAccount() {
    return new OnPremConfig(
        "EXCHANGE1.contoso.com",
        false,
        OnPremConfig.Authentication.NEGOTIATE,
        Optional.of("CONTOSO\\svc-exchange"),
        Optional.of(PASSWORD),
        Optional.empty(),
        PowerShellOptions.defaults(1));
  }

  private static ExchangeEmulator emulator(ExchangeVersion version, String faults) {
    return ExchangeEmulator.forVersion(version)
        .withDemoOrganisation()
        .withFaults(FaultPlan.parse(faults));
  }

  @Test
  void givenEachServerVersionAndNoConfiguredVersion_connect_detectsTheServersVersion()
      throws Exception {
    for (ExchangeVersion version : EnumSet.complementOf(EnumSet.of(ExchangeVersion.ONLINE))) {
      ExchangeEmulator emulator = emulator(version, "");
      ExchangeBackend backend =
          new OnPremPowerShellProvider().create(serviceAccount(), EmulatorHost.of(emulator));
      try {
        assertEquals(version, backend.commands().version());
        assertTrue(backend.state().loadMailbox(RecipientIdentity.of("alice")).userExists());
      } finally {
        backend.close();
      }
      assertEquals(1, emulator.counters().sessionsOpened(), version.name());
    }
  }

  @Test
  void givenAuthenticationFault_connectWithServiceAccount_failsAsAuthenticationFailedAndHidesIt()
      throws Exception {
    ExchangeEmulator emulator = emulator(ExchangeVersion.EXCHANGE_2016, "auth-failure");
    ExchangeBackend backend =
        new OnPremPowerShellProvider().create(serviceAccount(), EmulatorHost.of(emulator));
    try {
      AuthenticationFailedException e =
          assertThrows(AuthenticationFailedException.class, () -> backend.commands().version());
      assertTrue(e.getMessage().contains("Access is denied"), e.getMessage());
      assertFalse(e.getMessage().contains(PASSWORD.reveal()), e.getMessage());
    } finally {
      backend.close();
    }
    String transcript = String.join("\n", emulator.transcript());
    assertTrue(transcript.contains("-Credential $ekc"), transcript);
    assertFalse(transcript.contains("Svc-P@ss"), transcript);
  }
}
