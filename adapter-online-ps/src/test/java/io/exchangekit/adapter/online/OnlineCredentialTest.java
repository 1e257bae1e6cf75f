package io.exchangekit.adapter.online;

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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sign-in with the administrator's credential, against the emulator's in-process PowerShell. */
class OnlineCredentialTest {
  private static final Secret PASSWORD = Secret.of("Adm1n-P@ss'\u2019word;$x");

  private static OnlineConfig administrator(String login) {
    return new OnlineConfig(
        false,
        Optional.empty(),
        login,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(PASSWORD),
        PowerShellOptions.defaults(1));
  }

  private static ExchangeEmulator emulator(String faults) {
    return ExchangeEmulator.forVersion(ExchangeVersion.ONLINE)
        .withDemoOrganisation()
        .withFaults(FaultPlan.parse(faults));
  }

  private static String transcript(ExchangeEmulator emulator) {
    return String.join("\n", emulator.transcript());
  }

  @Test
  void givenAdministratorsPrincipalName_connect_signsInWithTheCredential() throws Exception {
    ExchangeEmulator emulator = emulator("");
    ExchangeBackend backend =
        new OnlinePowerShellProvider()
            .create(administrator("admin@contoso.onmicrosoft.com"), EmulatorHost.of(emulator));
    try {
      assertEquals(ExchangeVersion.ONLINE, backend.commands().version());
      assertFalse(backend.state().loadMailbox(RecipientIdentity.of("nobody-here")).userExists());
    } finally {
      backend.close();
    }
    String t = transcript(emulator);
    assertTrue(t.contains("Connect-ExchangeOnline -Credential $ekc"), t);
    assertTrue(t.contains("'admin@contoso.onmicrosoft.com',(ConvertTo-SecureString"), t);
    assertFalse(t.contains("Adm1n-P@ss"), t);
    assertEquals(1, emulator.counters().sessionsOpened());
  }

  @Test
  void givenNameThatIsNoPrincipalName_connect_failsAsAuthenticationFailedWithoutThePassword()
      throws Exception {
    assertRefused(emulator(""), "admin", "AADSTS50126: ");
  }

  @Test
  void givenAuthenticationFault_connect_failsAsAuthenticationFailedWithoutThePassword()
      throws Exception {
    assertRefused(emulator("auth-failure"), "admin@contoso.onmicrosoft.com", "AADSTS");
  }

  private static void assertRefused(ExchangeEmulator emulator, String login, String expected)
      throws Exception {
    ExchangeBackend backend =
        new OnlinePowerShellProvider().create(administrator(login), EmulatorHost.of(emulator));
    try {
      AuthenticationFailedException e =
          assertThrows(AuthenticationFailedException.class, () -> backend.commands().version());
      assertTrue(e.getMessage().contains(expected), e.getMessage());
      assertFalse(e.getMessage().contains("Adm1n-P@ss"), e.getMessage());
    } finally {
      backend.close();
    }
    assertFalse(transcript(emulator).contains("Adm1n-P@ss"));
  }
}
