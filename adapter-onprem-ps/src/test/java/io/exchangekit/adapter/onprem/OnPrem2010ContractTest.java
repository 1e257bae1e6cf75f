package io.exchangekit.adapter.onprem;

import io.exchangekit.adapter.powershell.EmulatorProcess;
import io.exchangekit.adapter.powershell.PowerShellBackend;
import io.exchangekit.adapter.powershell.PowerShellBackendContract;
import io.exchangekit.core.mode.ExchangeVersion;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Nested;

/** The port contracts and the PowerShell checks on Exchange 2010, version detected. */
class OnPrem2010ContractTest extends PowerShellBackendContract {
  @Nested
  class CommandPort extends CommandPortOnThisBackend {}

  @Nested
  class StatePort extends StatePortOnThisBackend {}

  @Nested
  class QueryPort extends QueryPortOnThisBackend {}

  @Override
  protected ExchangeVersion version() {
    return ExchangeVersion.EXCHANGE_2010;
  }

  @Override
  protected PowerShellBackend open(EmulatorProcess emulator) {
    return OnPremPowerShellProvider.open(
        EmulatorConfigs.kerberos(
            Optional.empty(), emulator.options(SESSIONS, Duration.ofSeconds(20))));
  }
}
