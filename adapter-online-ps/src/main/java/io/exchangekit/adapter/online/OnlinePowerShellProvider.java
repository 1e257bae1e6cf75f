package io.exchangekit.adapter.online;

import io.exchangekit.adapter.powershell.PowerShellBackend;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.ports.spi.BackendConfig;
import io.exchangekit.ports.spi.ExchangeBackend;
import io.exchangekit.ports.spi.ExchangeBackendProvider;
import java.util.Objects;

/**
 * Exchange backend for Exchange Online through the ExchangeOnlineManagement module ({@code
 * online-powershell}, scope ONLINE). Found with {@link java.util.ServiceLoader}, or constructed
 * directly and given an {@link OnlineConfig}.
 */
public final class OnlinePowerShellProvider implements ExchangeBackendProvider {
  /** The provider's name. */
  public static final String NAME = "online-powershell";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Scope scope() {
    return Scope.ONLINE;
  }

  @Override
  public ExchangeBackend create(BackendConfig config) {
    Objects.requireNonNull(config, "'config' must not be null");
    return create(OnlineConfig.from(config));
  }

  /** Creates the backend from a typed configuration; sessions open on first use. */
  public ExchangeBackend create(OnlineConfig config) {
    return open(config).backend();
  }

  /**
   * Creates the backend over another PowerShell host (e.g. an in-process interpreter) instead of a
   * child process; the connection recipe still runs in each new session.
   */
  public ExchangeBackend create(OnlineConfig config, PowerShellBackend.HostFactory hosts) {
    Objects.requireNonNull(config, "'config' must not be null");
    return PowerShellBackend.open(config.powerShell(), OnlineConnection.recipe(config), hosts)
        .backend();
  }

  static PowerShellBackend open(OnlineConfig config) {
    Objects.requireNonNull(config, "'config' must not be null");
    return PowerShellBackend.open(config.powerShell(), OnlineConnection.recipe(config));
  }
}
