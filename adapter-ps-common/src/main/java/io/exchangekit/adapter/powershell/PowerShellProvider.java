package io.exchangekit.adapter.powershell;

import io.exchangekit.core.mode.Scope;
import io.exchangekit.ports.spi.BackendConfig;
import io.exchangekit.ports.spi.ExchangeBackend;
import io.exchangekit.ports.spi.ExchangeBackendProvider;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the two PowerShell providers share: a name, a scope, the setting keys (the adapter's own
 * plus {@link PowerShellOptions#KEYS}) and the three ways to create a backend (from settings, from
 * a typed configuration, over another PowerShell host). A subclass reads its configuration type and
 * gives its connection recipe.
 *
 * @param <C> the adapter's typed configuration
 */
public abstract class PowerShellProvider<C> implements ExchangeBackendProvider {
  private final String name;
  private final Scope scope;
  private final Set<String> settingKeys;

  /**
   * @param name the provider's name
   * @param scope the connector scope it serves
   * @param ownKeys the setting keys of the adapter's configuration, without the session keys
   */
  protected PowerShellProvider(String name, Scope scope, Set<String> ownKeys) {
    this.name = Objects.requireNonNull(name, "'name' must not be null");
    this.scope = Objects.requireNonNull(scope, "'scope' must not be null");
    Set<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    keys.addAll(ownKeys);
    keys.addAll(PowerShellOptions.KEYS);
    this.settingKeys = Set.copyOf(keys);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Scope scope() {
    return scope;
  }

  @Override
  public final Set<String> settingKeys() {
    return settingKeys;
  }

  /** The session pool's size. */
  @Override
  public final int concurrency(BackendConfig config) {
    return powerShell(read(config)).maxSessions();
  }

  @Override
  public final ExchangeBackend create(BackendConfig config) {
    Objects.requireNonNull(config, "'config' must not be null");
    return create(read(config));
  }

  /**
   * Creates the backend from a typed configuration; sessions open on first use.
   *
   * @throws IllegalArgumentException when {@link #requireProcessHost} refuses the configuration
   */
  public final ExchangeBackend create(C config) {
    Objects.requireNonNull(config, "'config' must not be null");
    requireProcessHost(config);
    return PowerShellBackend.open(powerShell(config), recipe(config)).backend();
  }

  /**
   * Creates the backend over another PowerShell host (e.g. an in-process interpreter) instead of a
   * child process; the connection recipe still runs in each new session.
   */
  public final ExchangeBackend create(C config, PowerShellBackend.HostFactory hosts) {
    Objects.requireNonNull(config, "'config' must not be null");
    return PowerShellBackend.open(powerShell(config), recipe(config), hosts).backend();
  }

  /**
   * Reads the typed configuration from settings.
   *
   * @throws IllegalArgumentException naming a missing or invalid key
   */
  protected abstract C read(BackendConfig config);

  /**
   * Refuses, before any session is opened, a configuration whose PowerShell child process could not
   * connect on this host (e.g. WinRM remoting from PowerShell 7 on Linux); accepts every
   * configuration unless overridden. Not called for a backend over another PowerShell host.
   *
   * @throws IllegalArgumentException saying what works instead and which setting changes it
   */
  protected void requireProcessHost(C config) {}

  /** The session and pool options of a configuration. */
  protected abstract PowerShellOptions powerShell(C config);

  /** How a fresh session connects for a configuration. */
  protected abstract ConnectionRecipe recipe(C config);
}
