package io.exchangekit.adapter.onprem;

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

class OnPrem2010ContractTest extends PowerShellBackendContract {
  @Override
  protected ExchangeVersion version() {
    return ExchangeVersion.EXCHANGE_2010;
  }

  @Override
  protected PowerShellBackend open(EmulatorProcess emulator) {
    return OnPremPowerShellProvider.open(
        EmulatorConfigs.kerberos(Optional.empty(), emulator.options(2, Duration.ofSeconds(20))));
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
}
