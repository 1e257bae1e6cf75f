package io.exchangekit.adapter.onprem;

import io.exchangekit.adapter.powershell.ConnectionRecipe;
import io.exchangekit.adapter.powershell.PowerShellBackend;
import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.adapter.powershell.PowerShellProvider;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.ports.spi.BackendConfig;
import java.util.Objects;

/**
 * Exchange backend for Exchange Server 2010 and later over remote PowerShell ({@code
 * onprem-powershell}, scope PREMISE). Found with {@link java.util.ServiceLoader}, or constructed
 * directly and given an {@link OnPremConfig}. See {@link OnPremConfig} for the settings.
 */
public final class OnPremPowerShellProvider extends PowerShellProvider<OnPremConfig> {
  /** The provider's name. */
  public static final String NAME = "onprem-powershell";

  /** For {@link java.util.ServiceLoader}. */
  public OnPremPowerShellProvider() {
    super(NAME, Scope.PREMISE, OnPremConfig.KEYS);
  }

  @Override
  protected OnPremConfig read(BackendConfig config) {
    return OnPremConfig.from(config);
  }

  @Override
  protected PowerShellOptions powerShell(OnPremConfig config) {
    return config.powerShell();
  }

  @Override
  protected ConnectionRecipe recipe(OnPremConfig config) {
    return OnPremConnection.recipe(config);
  }

  static PowerShellBackend open(OnPremConfig config) {
    Objects.requireNonNull(config, "'config' must not be null");
    return PowerShellBackend.open(config.powerShell(), OnPremConnection.recipe(config));
  }
}
