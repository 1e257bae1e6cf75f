package io.exchangekit.embedded;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import io.exchangekit.ports.spi.BackendConfig;
import io.exchangekit.ports.spi.CloudDirectoryProvider;
import io.exchangekit.ports.spi.ExchangeBackend;
import io.exchangekit.ports.spi.ExchangeBackendProvider;

/**
 * The embedded emulators as service providers named {@value #NAME}, so that a configuration selects
 * them by name alone ({@code premise.provider=emulator}, {@code online.provider=emulator}, {@code
 * graph.provider=emulator}) and switches to a real target by changing the provider and its
 * settings. They serve only configurations that name them. Backends of one JVM share an emulated
 * organisation per {@code world} setting (default {@code default}), so a user created through Graph
 * gets its Exchange Online mailbox as in a real tenant.
 *
 * <p>Settings: {@code world}; on-premises also {@code version} (2010, 2013, 2016, 2019 — the
 * default — or SE); Exchange backends {@code pool.maxSessions} (default 2).
 */
public final class EmulatorProviders {
  /** The providers' name. */
  public static final String NAME = "emulator";

  private EmulatorProviders() {}

  private static String world(BackendConfig config) {
    return config.setting("world").orElse("default");
  }

  private static int sessions(BackendConfig config) {
    int sessions = config.intSetting("pool.maxSessions", 2);
    if (sessions < 1 || sessions > 16) {
      throw new IllegalArgumentException(
          "pool.maxSessions must be 1 to 16 for the emulators but was " + sessions);
    }
    return sessions;
  }

  /** Gives the world back when the backend closes; the last holder stops it. */
  private static ExchangeBackend holding(String world, ExchangeBackend backend) {
    return new ExchangeBackend(
        backend.commands(),
        backend.state(),
        backend.query(),
        () -> {
          try {
            backend.close();
          } finally {
            EmulatedWorld.release(world);
          }
        });
  }

  /** Exchange Server over the emulator. */
  public static final class Premise implements ExchangeBackendProvider {
    /** For {@link java.util.ServiceLoader}. */
    public Premise() {}

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public Scope scope() {
      return Scope.PREMISE;
    }

    @Override
    public boolean onlyWhenNamed() {
      return true;
    }

    @Override
    public ExchangeBackend create(BackendConfig config) {
      ExchangeVersion version =
          config
              .setting("version")
              .map(ExchangeVersion::parse)
              .orElse(ExchangeVersion.EXCHANGE_2019);
      if (version == ExchangeVersion.ONLINE) {
        throw new IllegalArgumentException(
            "version is the emulated Exchange Server version: 2010, 2013, 2016, 2019 or SE"
                + " (for Exchange Online use online.provider=emulator)");
      }
      int sessions = sessions(config);
      String world = world(config);
      EmulatedWorld emulated = EmulatedWorld.acquire(world);
      try {
        return holding(world, emulated.premiseBackend(version, sessions));
      } catch (RuntimeException e) {
        EmulatedWorld.release(world);
        throw e;
      }
    }
  }

  /** Exchange Online over the emulator. */
  public static final class Online implements ExchangeBackendProvider {
    /** For {@link java.util.ServiceLoader}. */
    public Online() {}

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public Scope scope() {
      return Scope.ONLINE;
    }

    @Override
    public boolean onlyWhenNamed() {
      return true;
    }

    @Override
    public ExchangeBackend create(BackendConfig config) {
      int sessions = sessions(config);
      String world = world(config);
      EmulatedWorld emulated = EmulatedWorld.acquire(world);
      try {
        return holding(world, emulated.onlineBackend(sessions));
      } catch (RuntimeException e) {
        EmulatedWorld.release(world);
        throw e;
      }
    }
  }

  /**
   * Microsoft Graph over the emulator (real HTTPS and token acquisition on the loopback). The
   * directory holds no resources of its own: the world stops with the last Exchange backend.
   */
  public static final class Directory implements CloudDirectoryProvider {
    /** For {@link java.util.ServiceLoader}. */
    public Directory() {}

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public boolean onlyWhenNamed() {
      return true;
    }

    @Override
    public CloudDirectoryPort create(BackendConfig config) {
      String world = world(config);
      EmulatedWorld emulated = EmulatedWorld.acquire(world);
      EmulatedWorld.release(world);
      return emulated.directory();
    }
  }
}
