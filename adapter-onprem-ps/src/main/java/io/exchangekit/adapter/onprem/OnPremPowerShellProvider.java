package io.exchangekit.adapter.onprem;

import io.exchangekit.adapter.powershell.PowerShellBackend;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.ports.spi.BackendConfig;
import io.exchangekit.ports.spi.ExchangeBackend;
import io.exchangekit.ports.spi.ExchangeBackendProvider;
import java.util.Objects;

/**
 * Exchange backend for Exchange Server 2010 and later over remote PowerShell ({@code
 * onprem-powershell}, scope PREMISE). Found with {@link java.util.ServiceLoader}, or constructed
 * directly and given an {@link OnPremConfig}. See {@link OnPremConfig} for the settings.
 */
public final class OnPremPowerShellProvider implements ExchangeBackendProvider {
  /** The provider's name. */
  public static final String NAME = "onprem-powershell";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Scope scope() {
    return Scope.PREMISE;
  }

  @Override
  public ExchangeBackend create(BackendConfig config) {
    Objects.requireNonNull(config, "'config' must not be null");
    return create(OnPremConfig.from(config));
  }

  /** Creates the backend from a typed configuration; sessions open on first use. */
  public ExchangeBackend create(OnPremConfig config) {
    return open(config).backend();
  }

  /**
   * Creates the backend over another PowerShell host (e.g. an in-process interpreter) instead of a
   * child process; the connection recipe still runs in each new session.
   */
  public ExchangeBackend create(OnPremConfig config, PowerShellBackend.HostFactory hosts) {
    Objects.requireNonNull(config, "'config' must not be null");
    return PowerShellBackend.open(config.powerShell(), OnPremConnection.recipe(config), hosts)
        .backend();
  }

  static PowerShellBackend open(OnPremConfig config) {
    Objects.requireNonNull(config, "'config' must not be null");
    return PowerShellBackend.open(config.powerShell(), OnPremConnection.recipe(config));
  }
}
