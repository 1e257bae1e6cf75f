package io.exchangekit.adapter.onprem;

import io.exchangekit.adapter.powershell.EmulatorProcess;
import io.exchangekit.adapter.powershell.PowerShellBackend;
import io.exchangekit.adapter.powershell.PowerShellRoundTripContract;
import io.exchangekit.core.mode.ExchangeVersion;
import java.time.Duration;
import java.util.Optional;

class OnPrem2016RoundTripProperties extends PowerShellRoundTripContract {
  @Override
  protected ExchangeVersion version() {
    return ExchangeVersion.EXCHANGE_2016;
  }

  @Override
  protected PowerShellBackend open(EmulatorProcess emulator) {
    return OnPremPowerShellProvider.open(
        EmulatorConfigs.kerberos(
            Optional.of(version()), emulator.options(1, Duration.ofSeconds(20))));
  }
}
