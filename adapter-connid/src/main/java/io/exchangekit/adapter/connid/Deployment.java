package io.exchangekit.adapter.connid;

import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.planning.PlanOptions;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.embedded.EmbeddedExchange;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import io.exchangekit.ports.service.ExchangeUseCases;
import io.exchangekit.ports.spi.BackendConfig;
import io.exchangekit.ports.spi.Backends;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.identityconnectors.common.security.GuardedString;

/**
 * The use cases of one configuration with their backends and session pools. ConnId creates a
 * connector instance per operation, so deployments are cached by configuration: the sessions of a
 * resource are opened once and reused by every operation on it.
 */
final class Deployment {
  private static final Map<String, Deployment> CACHE = new ConcurrentHashMap<>();

  private final ExchangeUseCases useCases;
  private final ConnectorMode mode;
  private final List<AutoCloseable> resources;
  private final AtomicReference<ExchangeVersion> version = new AtomicReference<>();

  Deployment(ExchangeUseCases useCases, ConnectorMode mode, List<AutoCloseable> resources) {
    this.useCases = useCases;
    this.mode = mode;
    this.resources = List.copyOf(resources);
  }

  /** The deployment of this configuration, opened on first use. */
  static Deployment of(ExchangeConfiguration configuration) {
    return CACHE.computeIfAbsent(key(configuration), k -> open(configuration));
  }

  ExchangeUseCases useCases() {
    return useCases;
  }

  ConnectorMode mode() {
    return mode;
  }

  /** The target's Exchange version, asked once (the connection test reads it). */
  ExchangeVersion version() {
    ExchangeVersion v = version.get();
    if (v == null) {
      v = useCases.testConnection().test(mode.scope());
      version.set(v);
    }
    return v;
  }

  private static Deployment open(ExchangeConfiguration c) {
    ConnectorMode mode =
        ConnectorMode.of(
            Scope.parse(c.getConnectorScope()), NewUserBehavior.parse(c.getNewUserBehavior()));
    PlanOptions options =
        PlanOptions.DEFAULT
            .withStrict(true)
            .withLockAdAccount(c.isLockAdAccount())
            .withRemoveUnlistedLicenses(c.isRemoveUnlistedLicenses());
    if (c.getLockAttribute() > 0) {
      options = options.withLockAttribute(c.getLockAttribute());
    }
    if (c.isEmulated()) {
      EmbeddedExchange exchange =
          EmbeddedExchange.builder()
              .version(ExchangeVersion.parse(c.getEmulatorVersion()))
              .sessions(c.getMaxSessions())
              .options(options)
              .start();
      return new Deployment(exchange.useCases(), mode, List.of(exchange));
    }
    ClassLoader loader = Deployment.class.getClassLoader();
    ExchangeUseCases.Builder builder = ExchangeUseCases.builder().options(options);
    ExchangeBackend backend;
    if (mode.isOnline()) {
      backend = Backends.exchange(Scope.ONLINE, Optional.empty(), loader).create(online(c));
      CloudDirectoryPort directory =
          Backends.cloudDirectory(Optional.empty(), loader).create(graph(c));
      builder.online(backend, directory);
    } else {
      backend = Backends.exchange(Scope.PREMISE, Optional.empty(), loader).create(premise(c));
      builder.premise(backend);
    }
    return new Deployment(builder.build(), mode, List.of(backend));
  }

  private static BackendConfig premise(ExchangeConfiguration c) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("server", c.getPremiseServer());
    s.put("https", Boolean.toString(c.isPremiseHttps()));
    put(s, "authentication", c.getPremiseAuthentication());
    put(s, "login", c.getPremiseLogin());
    put(s, "exchange.version", c.getPremiseExchangeVersion());
    s.put("pool.maxSessions", Integer.toString(c.getMaxSessions()));
    Map<String, Secret> secrets = new HashMap<>();
    secret(secrets, "password", c.getPremisePassword());
    return BackendConfig.of(s, secrets);
  }

  private static BackendConfig online(ExchangeConfiguration c) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("AppAuth", Boolean.toString(c.isOnlineAppAuth()));
    put(s, "login", c.getOnlineLogin());
    put(s, "Organization", c.getOnlineOrganization());
    put(s, "CertificateThumbprint", c.getOnlineCertificateThumbprint());
    put(s, "CertificateFilePath", c.getOnlineCertificateFilePath());
    s.put("pool.maxSessions", Integer.toString(c.getMaxSessions()));
    Map<String, Secret> secrets = new HashMap<>();
    secret(secrets, "CertificatePassword", c.getOnlineCertificatePassword());
    return BackendConfig.of(s, secrets);
  }

  private static BackendConfig graph(ExchangeConfiguration c) {
    Map<String, String> s = new LinkedHashMap<>();
    put(s, "tenant", c.getGraphTenant());
    put(s, "clientId", c.getGraphClientId());
    Map<String, Secret> secrets = new HashMap<>();
    secret(secrets, "clientSecret", c.getGraphClientSecret());
    return BackendConfig.of(s, secrets);
  }

  private static void put(Map<String, String> settings, String key, String value) {
    String v = ExchangeConfiguration.blankToNull(value);
    if (v != null) {
      settings.put(key, v);
    }
  }

  private static void secret(Map<String, Secret> secrets, String key, GuardedString value) {
    if (value != null) {
      value.access(chars -> secrets.put(key, Secret.of(new String(chars))));
    }
  }

  /** Every property of the configuration; secrets only as their SHA-256, never in clear. */
  private static String key(ExchangeConfiguration c) {
    StringBuilder b = new StringBuilder();
    for (Object v :
        new Object[] {
          c.getConnectorScope(),
          c.getNewUserBehavior(),
          c.isEmulated(),
          c.getEmulatorVersion(),
          c.getPremiseServer(),
          c.isPremiseHttps(),
          c.getPremiseAuthentication(),
          c.getPremiseLogin(),
          digest(c.getPremisePassword()),
          c.getPremiseExchangeVersion(),
          c.isOnlineAppAuth(),
          c.getOnlineLogin(),
          c.getOnlineOrganization(),
          c.getOnlineCertificateThumbprint(),
          c.getOnlineCertificateFilePath(),
          digest(c.getOnlineCertificatePassword()),
          c.getGraphTenant(),
          c.getGraphClientId(),
          digest(c.getGraphClientSecret()),
          c.getLockAttribute(),
          c.isLockAdAccount(),
          c.isRemoveUnlistedLicenses(),
          c.getMaxSessions()
        }) {
      b.append(v).append('\u0000');
    }
    return b.toString();
  }

  private static String digest(GuardedString secret) {
    if (secret == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    secret.access(
        chars -> {
          try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            out.append(
                HexFormat.of()
                    .formatHex(md.digest(new String(chars).getBytes(StandardCharsets.UTF_8))));
          } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
          }
        });
    return out.toString();
  }
}
