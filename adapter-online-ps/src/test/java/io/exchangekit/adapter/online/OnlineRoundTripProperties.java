package io.exchangekit.adapter.online;

import io.exchangekit.adapter.powershell.EmulatorProcess;
import io.exchangekit.adapter.powershell.PowerShellBackend;
import io.exchangekit.adapter.powershell.PowerShellRoundTripContract;
import io.exchangekit.core.mode.ExchangeVersion;
import java.time.Duration;

class OnlineRoundTripProperties extends PowerShellRoundTripContract {
  @Override
  protected ExchangeVersion version() {
    return ExchangeVersion.ONLINE;
  }

  @Override
  protected PowerShellBackend open(EmulatorProcess emulator) {
    return OnlinePowerShellProvider.open(
        EmulatorConfigs.appOnly(emulator, 1, Duration.ofSeconds(20)));
  }
}
