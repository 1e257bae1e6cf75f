package io.exchangekit.ports.config;

import io.exchangekit.core.mode.Scope;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import io.exchangekit.ports.out.exchange.ExchangeCommandPort;
import io.exchangekit.ports.out.exchange.RecipientQueryPort;
import io.exchangekit.ports.out.exchange.RecipientStatePort;
import io.exchangekit.ports.spi.BackendConfig;
import io.exchangekit.ports.spi.CloudDirectoryProvider;
import io.exchangekit.ports.spi.ExchangeBackend;
import io.exchangekit.ports.spi.ExchangeBackendProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Providers registered for {@link java.util.ServiceLoader} through a class loader of their own, so
 * that the loader's tests see exactly the providers they name. They record the settings they were
 * created with and the order in which their backends close.
 */
public final class FakeProviders {
  static final Map<String, BackendConfig> CREATED = new LinkedHashMap<>();
  static final List<String> CLOSED = new ArrayList<>();

  private FakeProviders() {}

  static void reset() {
    CREATED.clear();
    CLOSED.clear();
  }

  /** A class loader that finds exactly these providers. */
  static ClassLoader loader(Path dir, Class<?>... providers) {
    try {
      Path services = Files.createDirectories(dir.resolve("META-INF/services"));
      Map<Boolean, List<String>> byKind =
          Arrays.stream(providers)
              .collect(
                  Collectors.partitioningBy(
                      CloudDirectoryProvider.class::isAssignableFrom,
                      Collectors.mapping(Class::getName, Collectors.toList())));
      Files.write(services.resolve(ExchangeBackendProvider.class.getName()), byKind.get(false));
      Files.write(services.resolve(CloudDirectoryProvider.class.getName()), byKind.get(true));
      return new URLClassLoader(
          new URL[] {dir.toUri().toURL()}, FakeProviders.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T unsupported(Class<T> port) {
    return port.cast(
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (proxy, method, args) -> {
              throw new UnsupportedOperationException(method.getName());
            }));
  }

  private static ExchangeBackend backend(String name) {
    return new ExchangeBackend(
        unsupported(ExchangeCommandPort.class),
        unsupported(RecipientStatePort.class),
        unsupported(RecipientQueryPort.class),
        () -> CLOSED.add(name));
  }

  /** An on-premises provider; {@code server} is required, 4 sessions by default. */
  public static final class Premise implements ExchangeBackendProvider {
    @Override
    public String name() {
      return "fake-premise";
    }

    @Override
    public Scope scope() {
      return Scope.PREMISE;
    }

    @Override
    public Set<String> settingKeys() {
      return Set.of("server", "https", "login", "password", "exchange.version", "pool.maxSessions");
    }

    @Override
    public int concurrency(BackendConfig config) {
      return config.intSetting("pool.maxSessions", 4);
    }

    @Override
    public ExchangeBackend create(BackendConfig config) {
      config.required("server");
      config.booleanSetting("https", false);
      CREATED.put("premise", config);
      return backend(name());
    }
  }

  /** A second on-premises provider, to choose between. */
  public static final class OtherPremise implements ExchangeBackendProvider {
    @Override
    public String name() {
      return "other-premise";
    }

    @Override
    public Scope scope() {
      return Scope.PREMISE;
    }

    @Override
    public Set<String> settingKeys() {
      return Set.of("endpoint");
    }

    @Override
    public ExchangeBackend create(BackendConfig config) {
      CREATED.put("other-premise", config);
      return backend(name());
    }
  }

  /** An Exchange Online provider, 3 sessions by default. */
  public static final class Online implements ExchangeBackendProvider {
    @Override
    public String name() {
      return "fake-online";
    }

    @Override
    public Scope scope() {
      return Scope.ONLINE;
    }

    @Override
    public Set<String> settingKeys() {
      return Set.of("AppAuth", "login", "Organization", "CertificatePassword", "pool.maxSessions");
    }

    @Override
    public int concurrency(BackendConfig config) {
      return config.intSetting("pool.maxSessions", 3);
    }

    @Override
    public ExchangeBackend create(BackendConfig config) {
      CREATED.put("online", config);
      return backend(name());
    }
  }

  /** A cloud directory provider. */
  public static final class Directory implements CloudDirectoryProvider {
    @Override
    public String name() {
      return "fake-graph";
    }

    @Override
    public Set<String> settingKeys() {
      return Set.of("tenant", "clientId", "clientSecret");
    }

    @Override
    public CloudDirectoryPort create(BackendConfig config) {
      CREATED.put("graph", config);
      return unsupported(CloudDirectoryPort.class);
    }
  }
}
