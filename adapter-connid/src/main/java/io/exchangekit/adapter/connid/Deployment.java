package io.exchangekit.adapter.connid;

import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.ports.config.ExchangeKit;
import io.exchangekit.ports.service.ExchangeUseCases;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
    return CACHE.computeIfAbsent(key(configuration), k -> open(k, configuration));
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

  /**
   * Opens the configuration through ExchangeKit's public configuration entry point, with the keys
   * of docs/connector-configuration.md, so the bundle validates and wires exactly as the connector
   * and embedding applications do. The planner runs strictly: ConnId has no channel for warnings.
   */
  private static Deployment open(String key, ExchangeConfiguration c) {
    ExchangeKit.Builder kit =
        ExchangeKit.builder()
            .classLoader(Deployment.class.getClassLoader())
            .set("options.strict", "true")
            .set("options.connectorScope", c.getConnectorScope())
            .set("options.newUserBehavior", c.getNewUserBehavior())
            .set("options.lockAdAccount", Boolean.toString(c.isLockAdAccount()))
            .set("options.removeUnlistedLicenses", Boolean.toString(c.isRemoveUnlistedLicenses()));
    if (c.getLockAttribute() > 0) {
      kit.set("options.lockAttribute", Integer.toString(c.getLockAttribute()));
    }
    boolean online = Scope.parse(c.getConnectorScope()) == Scope.ONLINE;
    String sessions = Integer.toString(c.getMaxSessions());
    if (c.isEmulated()) {
      // one emulated organisation per configuration, as separate resources would have
      String world = "connid-" + digest(key).substring(0, 16);
      if (online) {
        kit.set("online.provider", "emulator").set("online.world", world);
        kit.set("online.pool.maxSessions", sessions);
        kit.set("graph.provider", "emulator").set("graph.world", world);
      } else {
        kit.set("premise.provider", "emulator").set("premise.world", world);
        kit.set("premise.version", c.getEmulatorVersion());
        kit.set("premise.pool.maxSessions", sessions);
      }
    } else if (online) {
      kit.set("online.AppAuth", Boolean.toString(c.isOnlineAppAuth()));
      put(kit, "online.login", c.getOnlineLogin());
      put(kit, "online.Organization", c.getOnlineOrganization());
      put(kit, "online.CertificateThumbprint", c.getOnlineCertificateThumbprint());
      put(kit, "online.CertificateFilePath", c.getOnlineCertificateFilePath());
      secret(kit, "online.CertificatePassword", c.getOnlineCertificatePassword());
      kit.set("online.pool.maxSessions", sessions);
      put(kit, "graph.tenant", c.getGraphTenant());
      put(kit, "graph.clientId", c.getGraphClientId());
      secret(kit, "graph.clientSecret", c.getGraphClientSecret());
    } else {
      put(kit, "premise.server", c.getPremiseServer());
      kit.set("premise.https", Boolean.toString(c.isPremiseHttps()));
      put(kit, "premise.authentication", c.getPremiseAuthentication());
      put(kit, "premise.login", c.getPremiseLogin());
      secret(kit, "premise.password", c.getPremisePassword());
      put(kit, "premise.exchange.version", c.getPremiseExchangeVersion());
      kit.set("premise.pool.maxSessions", sessions);
    }
    ExchangeKit opened = kit.open();
    return new Deployment(opened.useCases(), opened.defaultMode(), List.of(opened));
  }

  private static void put(ExchangeKit.Builder kit, String key, String value) {
    String v = ExchangeConfiguration.blankToNull(value);
    if (v != null) {
      kit.set(key, v);
    }
  }

  private static void secret(ExchangeKit.Builder kit, String key, GuardedString value) {
    if (value != null) {
      value.access(chars -> kit.set(key, new String(chars)));
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
    secret.access(chars -> out.append(digest(new String(chars))));
    return out.toString();
  }

  private static String digest(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
