package io.exchangekit.adapter.onprem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.powershell.EmulatorProcess;
import io.exchangekit.adapter.powershell.Plans;
import io.exchangekit.adapter.powershell.PowerShellBackend;
import io.exchangekit.adapter.powershell.PowerShellBackendContract;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.recipient.Secret;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract over the service account's credential, with the version detected. */
class OnPrem2016ContractTest extends PowerShellBackendContract {
  private static final Secret SERVICE_PASSWORD = Secret.of("Svc-P@ss'\u2019word");

  @Override
  protected ExchangeVersion version() {
    return ExchangeVersion.EXCHANGE_2016;
  }

  @Override
  protected PowerShellBackend open(EmulatorProcess emulator) {
    return OnPremPowerShellProvider.open(
        new OnPremConfig(
            "EXCHANGE1.contoso.com",
            false,
            OnPremConfig.Authentication.KERBEROS,
            Optional.of("CONTOSO\\svc-exchange"),
            Optional.of(SERVICE_PASSWORD),
            Optional.empty(), // detected from Get-ExchangeServer
            emulator.options(2, Duration.ofSeconds(20))));
  }

  @Override
  protected ExchangeCommand newUserMailbox(String name, Secret password) {
    return Plans.command(
        "New-Mailbox",
        "Name",
        name,
        "UserPrincipalName",
        name + "@contoso.com",
        "Password",
        new ParameterValue.SecretText(password));
  }

  @Test
  void givenServiceAccount_connect_signsInWithTheDomainAccountAndMasksItsPassword() {
    assertEquals(ExchangeVersion.EXCHANGE_2016, ports.commands().version());
    String transcript = emulator.transcript();
    assertTrue(
        transcript.contains(
            "-ArgumentList 'CONTOSO\\svc-exchange',(ConvertTo-SecureString -String '****'"),
        transcript);
    assertTrue(transcript.contains("-Credential $ekc"), transcript);
    assertFalse(transcript.contains(SERVICE_PASSWORD.reveal()));
    assertFalse(transcript.contains("Svc-P@ss"), "part of the password in the transcript");
  }
}
