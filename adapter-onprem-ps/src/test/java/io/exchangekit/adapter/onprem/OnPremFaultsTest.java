package io.exchangekit.adapter.onprem;

import io.exchangekit.adapter.powershell.EmulatorProcess;
import io.exchangekit.adapter.powershell.PowerShellBackend;
import io.exchangekit.adapter.powershell.PowerShellFaultsContract;
import io.exchangekit.core.mode.ExchangeVersion;
import java.time.Duration;
import java.util.Optional;

class OnPremFaultsTest extends PowerShellFaultsContract {
  @Override
  protected ExchangeVersion version() {
    return ExchangeVersion.EXCHANGE_2016;
  }

  @Override
  protected PowerShellBackend open(EmulatorProcess emulator, Duration callTimeout) {
    return OnPremPowerShellProvider.open(
        EmulatorConfigs.kerberos(Optional.of(version()), emulator.options(1, callTimeout)));
  }
}
