package io.exchangekit.adapter.online;

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

class OnlineContractTest extends PowerShellBackendContract {
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

  @Override
  protected ExchangeVersion version() {
    return ExchangeVersion.ONLINE;
  }

  @Override
  protected PowerShellBackend open(EmulatorProcess emulator) {
    return OnlinePowerShellProvider.open(appOnly(emulator, 2, Duration.ofSeconds(20)));
  }

  @Override
  protected ExchangeCommand newUserMailbox(String name, Secret password) {
    return Plans.command(
        "New-Mailbox",
        "Name",
        name,
        "MicrosoftOnlineServicesID",
        name + "@contoso.onmicrosoft.com",
        "Password",
        new ParameterValue.SecretText(password));
  }
}
