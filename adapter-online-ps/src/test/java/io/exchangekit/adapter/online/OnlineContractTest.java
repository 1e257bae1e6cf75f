package io.exchangekit.adapter.online;

import io.exchangekit.adapter.powershell.EmulatorProcess;
import io.exchangekit.adapter.powershell.PowerShellBackend;
import io.exchangekit.adapter.powershell.PowerShellBackendContract;
import io.exchangekit.core.mode.ExchangeVersion;
import java.time.Duration;
import org.junit.jupiter.api.Nested;

/** The port contracts and the PowerShell checks on Exchange Online, app-only. */
class OnlineContractTest extends PowerShellBackendContract {
  @Nested
  class CommandPort extends CommandPortOnThisBackend {}

  @Nested
  class StatePort extends StatePortOnThisBackend {}

  @Nested
  class QueryPort extends QueryPortOnThisBackend {}

  @Override
  protected ExchangeVersion version() {
    return ExchangeVersion.ONLINE;
  }

  @Override
  protected PowerShellBackend open(EmulatorProcess emulator) {
    return OnlinePowerShellProvider.open(
        EmulatorConfigs.appOnly(emulator, SESSIONS, Duration.ofSeconds(20)));
  }
}
