package io.exchangekit.adapter.onprem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.powershell.EmulatorProcess;
import io.exchangekit.adapter.powershell.PowerShellBackend;
import io.exchangekit.adapter.powershell.PowerShellBackendContract;
import io.exchangekit.core.mode.ExchangeVersion;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The port contracts and the PowerShell checks over the service account's credential. */
class OnPrem2016ContractTest extends PowerShellBackendContract {
  @Nested
  class CommandPort extends CommandPortOnThisBackend {}

  @Nested
  class StatePort extends StatePortOnThisBackend {}

  @Nested
  class QueryPort extends QueryPortOnThisBackend {}

  @Override
  protected ExchangeVersion version() {
    return ExchangeVersion.EXCHANGE_2016;
  }

  @Override
  protected PowerShellBackend open(EmulatorProcess emulator) {
    return OnPremPowerShellProvider.open(
        EmulatorConfigs.serviceAccount(emulator.options(SESSIONS, Duration.ofSeconds(20))));
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
    assertFalse(transcript.contains(EmulatorConfigs.SERVICE_PASSWORD.reveal()));
    assertFalse(transcript.contains("Svc-P@ss"), "part of the password in the transcript");
  }
}
