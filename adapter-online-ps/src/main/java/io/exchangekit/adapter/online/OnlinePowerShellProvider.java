package io.exchangekit.adapter.online;

import io.exchangekit.adapter.powershell.ConnectionRecipe;
import io.exchangekit.adapter.powershell.PowerShellBackend;
import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.adapter.powershell.PowerShellProvider;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.ports.spi.BackendConfig;
import java.util.Objects;

/**
 * Exchange backend for Exchange Online through the ExchangeOnlineManagement module ({@code
 * online-powershell}, scope ONLINE). Found with {@link java.util.ServiceLoader}, or constructed
 * directly and given an {@link OnlineConfig}. See {@link OnlineConfig} for the settings.
 */
public final class OnlinePowerShellProvider extends PowerShellProvider<OnlineConfig> {
  /** The provider's name. */
  public static final String NAME = "online-powershell";

  /** For {@link java.util.ServiceLoader}. */
  public OnlinePowerShellProvider() {
    super(NAME, Scope.ONLINE, OnlineConfig.KEYS);
  }

  @Override
  protected OnlineConfig read(BackendConfig config) {
    return OnlineConfig.from(config);
  }

  @Override
  protected PowerShellOptions powerShell(OnlineConfig config) {
    return config.powerShell();
  }

  @Override
  protected ConnectionRecipe recipe(OnlineConfig config) {
    return OnlineConnection.recipe(config);
  }

  static PowerShellBackend open(OnlineConfig config) {
    Objects.requireNonNull(config, "'config' must not be null");
    return PowerShellBackend.open(config.powerShell(), OnlineConnection.recipe(config));
  }
}
