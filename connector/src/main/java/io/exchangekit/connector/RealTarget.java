package io.exchangekit.connector;

import io.exchangekit.core.mode.Scope;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import io.exchangekit.ports.service.ExchangeUseCases;
import io.exchangekit.ports.spi.Backends;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.util.ArrayList;
import java.util.List;

/** Wires the configured real targets through the adapters' service providers. */
final class RealTarget {
  private RealTarget() {}

  static Target open(ConnectorConfig config) {
    ClassLoader loader = RealTarget.class.getClassLoader();
    ExchangeUseCases.Builder builder = ExchangeUseCases.builder().options(config.options());
    List<AutoCloseable> resources = new ArrayList<>();
    int pool = 1;
    if (config.premise().isPresent()) {
      ExchangeBackend b =
          Backends.exchange(Scope.PREMISE, config.premiseProvider(), loader)
              .create(config.premise().get());
      resources.add(b);
      builder.premise(b);
      pool = Math.max(pool, config.premise().get().intSetting("pool.maxSessions", 4));
    }
    if (config.online().isPresent()) {
      ExchangeBackend b =
          Backends.exchange(Scope.ONLINE, config.onlineProvider(), loader)
              .create(config.online().get());
      resources.add(b);
      CloudDirectoryPort directory =
          Backends.cloudDirectory(java.util.Optional.empty(), loader).create(config.graph().get());
      builder.online(b, directory);
      pool = Math.max(pool, config.online().get().intSetting("pool.maxSessions", 3));
    }
    return new Target(builder.build(), resources, pool);
  }
}
