package io.exchangekit.emulator.graph;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * A loopback stand-in for Microsoft Graph v1.0 (users, subscribed SKUs, licence assignment) and the
 * Microsoft identity platform's client-credentials token endpoint, over HTTPS with a certificate
 * generated at start-up.
 *
 * <p>Clients trust it through {@link #trustStore()} or {@link #clientSslContext()}; msal4j uses
 * {@link #authority()} with instance discovery off, the Graph SDK uses {@link #graphBaseUrl()}.
 * Every Graph route requires a bearer token the emulator issued. Faults (429, 503 with a positive
 * {@code Retry-After}) are injected on demand and every request is counted per route.
 */
public final class GraphEmulator implements AutoCloseable {

  public static final String ROUTE_SUBSCRIBED_SKUS = "GET /subscribedSkus";
  public static final String ROUTE_TOKEN = "POST /{tenant}/oauth2/v2.0/token";
  public static final String ROUTE_CREATE_USER = "POST /users";
  public static final String ROUTE_ASSIGN_LICENSE = "POST /users/{id}/assignLicense";

  static {
    // The JDK server otherwise answers with Nagle's algorithm on: every response then waits for the
    // client's delayed ACK (some 40 ms). Read once, when the JDK's server configuration loads.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final GraphTenant tenant;
  private final TokenService tokens;
  private final FaultInjector faults = new FaultInjector();
  private final GraphHttpHandler handler;
  private final HttpsServer server;
  private final ExecutorService executor;
  private final SelfSignedTls tls;
  private final AdvancingClock clock = new AdvancingClock();

  private GraphEmulator(GraphTenant tenant) {
    this.tenant = tenant;
    tenant.clock(clock);
    this.tokens =
        new TokenService(
            Set.of(
                tenant.name.toLowerCase(java.util.Locale.ROOT),
                tenant.tenantId.toString(),
                ContosoTenant.INITIAL_DOMAIN));
    this.handler = new GraphHttpHandler(tenant, tokens, faults);
    this.tls = SelfSignedTls.server();
    try {
      server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a loopback port", e);
    }
    server.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
    server.createContext("/", handler);
    executor =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "graph-emulator");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.start();
  }

  /** Starts the emulator with the tenant {@code contoso} (see {@link ContosoTenant}). */
  public static GraphEmulator start() {
    return new GraphEmulator(GraphTenant.contoso());
  }

  // ---------------------------------------------------------------- endpoints and trust

  public int port() {
    return server.getAddress().getPort();
  }

  public String tenantName() {
    return tenant.name;
  }

  /** The Graph base URL including {@code /v1.0}, e.g. {@code https://127.0.0.1:PORT/v1.0}. */
  public URI graphBaseUrl() {
    return URI.create("https://127.0.0.1:" + port() + "/v1.0");
  }

  /** The authority for msal4j, e.g. {@code https://127.0.0.1:PORT/contoso/}. */
  public URI authority() {
    return URI.create("https://127.0.0.1:" + port() + "/" + tenant.name + "/");
  }

  public URI tokenEndpoint() {
    return authority().resolve("oauth2/v2.0/token");
  }

  /** A trust store holding only the emulator's self-signed certificate. */
  public KeyStore trustStore() {
    return tls.trustStore();
  }

  /** A TLS context trusting only the emulator's certificate. */
  public SSLContext clientSslContext() {
    return tls.clientContext();
  }

  // ---------------------------------------------------------------- applications

  /**
   * The application permissions an application registered without a list is granted: those every
   * call of the library needs ({@code User.ReadWrite.All}, {@code Organization.Read.All}).
   */
  public static final Set<String> DEFAULT_PERMISSIONS = GraphPermissions.DEFAULT;

  /**
   * Registers an application that authenticates with a client secret, granted {@link
   * #DEFAULT_PERMISSIONS}.
   */
  public GraphEmulator registerApplication(String clientId, String secret) {
    return registerApplication(clientId, secret, DEFAULT_PERMISSIONS);
  }

  /**
   * Registers an application that authenticates with a client secret, granted these application
   * permissions (e.g. {@code "User.ReadWrite.All"}); a call that needs another one is answered 403
   * {@code Authorization_RequestDenied}, as Graph does.
   */
  public GraphEmulator registerApplication(String clientId, String secret, Set<String> granted) {
    tokens.registerSecret(clientId, secret, granted);
    return this;
  }

  /** Registers an application that authenticates with a certificate (signed client assertion). */
  public GraphEmulator registerApplication(String clientId, X509Certificate certificate) {
    tokens.registerCertificate(clientId, certificate, DEFAULT_PERMISSIONS);
    return this;
  }

  /** A fresh RSA key and self-signed certificate for certificate client authentication. */
  public static ClientCertificate newClientCertificate(String commonName) {
    SelfSignedTls m = SelfSignedTls.generate("CN=" + commonName, null);
    return new ClientCertificate(m.privateKey, m.certificate);
  }

  // ---------------------------------------------------------------- faults

  /**
   * Answers the given share of writes (POST, PATCH, DELETE) with 429, chosen by a {@link
   * java.util.Random} with this seed. A ratio of 0 turns it off.
   */
  public GraphEmulator throttleWrites(double ratio, long seed) {
    return throttleWrites(ratio, seed, 429);
  }

  /** As {@link #throttleWrites(double, long)}, answering with the given status (429 or 503). */
  public GraphEmulator throttleWrites(double ratio, long seed, int status) {
    faults.throttleWrites(ratio, seed, status);
    return this;
  }

  /** Answers the next {@code count} Graph requests, whatever they are, with 429 or 503. */
  public GraphEmulator failNext(int count, int status) {
    faults.failNext(count, status);
    return this;
  }

  /**
   * Carries out the next {@code count} Graph writes (reads pass untouched) but answers each with
   * 503, as when a response is lost on the way back: a client that retries must converge, not fail
   * or duplicate.
   */
  public GraphEmulator loseNextResponses(int count) {
    faults.loseNextResponses(count);
    return this;
  }

  /** The {@code Retry-After} sent with injected faults; positive, default 50 ms. */
  public GraphEmulator retryAfter(Duration retryAfter) {
    faults.retryAfter(retryAfter);
    return this;
  }

  /**
   * Answers the next {@code count} token requests with 429 (throttled) or 503 (busy) and a {@code
   * Retry-After} of {@link #retryAfter(Duration)}, as the identity platform does under load.
   */
  public GraphEmulator failNextTokenRequests(int count, int status) {
    if (status != 429 && status != 503) {
      throw new IllegalArgumentException("'status' must be 429 or 503");
    }
    tokens.failNext(count, status);
    return this;
  }

  // ---------------------------------------------------------------- replication

  /**
   * Makes users created from now on invisible to Graph for this long, as Entra ID's replication lag
   * does: reads by id or UPN and writes to them (PATCH, assignLicense, DELETE, …) answer 404 {@code
   * Request_ResourceNotFound} and lists leave them out, while the POST that created them answers
   * with the user. Zero (the default) is a strongly consistent directory.
   */
  public GraphEmulator replicationWindow(Duration window) {
    if (window.isNegative()) {
      throw new IllegalArgumentException("'window' must not be negative");
    }
    tenant.replicationWindow(window);
    return this;
  }

  /**
   * Moves the emulator's clock forward; it governs replication and creation times (access tokens
   * keep real time). Lets a test pass a replication window without waiting for it.
   */
  public GraphEmulator advanceClock(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("'by' must not be negative");
    }
    clock.advance(by);
    return this;
  }

  /** Drops every injected fault, of Graph and of the token endpoint. */
  public GraphEmulator clearFaults() {
    faults.reset();
    tokens.clearFaults();
    return this;
  }

  // ---------------------------------------------------------------- counters

  /** Requests received per route, e.g. {@code "GET /subscribedSkus"}, faults included. */
  public Map<String, Integer> requestsPerRoute() {
    return handler.counters();
  }

  public int requests(String route) {
    return handler.count(route);
  }

  public int subscribedSkusCalls() {
    return handler.count(ROUTE_SUBSCRIBED_SKUS);
  }

  /**
   * Invalidates every access token issued so far, as a key rollover or an administrator's
   * revocation would; Graph then answers 401 until the client signs in again.
   */
  public GraphEmulator revokeTokens() {
    tokens.revokeAll();
    return this;
  }

  public int tokensIssued() {
    return tokens.issued();
  }

  public int faultsInjected() {
    return faults.injected();
  }

  // ---------------------------------------------------------------- tenant state

  public Optional<EmulatedUser> user(String userPrincipalNameOrId) {
    return tenant.snapshot(userPrincipalNameOrId);
  }

  public List<EmulatedUser> users() {
    return tenant.snapshots();
  }

  /**
   * An Entra Connect cycle for one on-premises user: it appears in the tenant (without a cloud
   * password), or its display name, mail nickname and sign-in follow AD.
   *
   * @return true when the user is new to the tenant
   */
  public boolean synchronizeUser(
      String userPrincipalName, String displayName, String mailNickname, boolean accountEnabled) {
    return tenant.synchronize(userPrincipalName, displayName, mailNickname, accountEnabled);
  }

  public int consumedUnits(UUID skuId) {
    return tenant.consumedUnits(skuId);
  }

  /** Changes the purchased seats of a SKU (to test "no available licenses"). */
  public GraphEmulator seats(UUID skuId, int enabledUnits) {
    synchronized (tenant) {
      GraphTenant.Sku sku = tenant.sku(skuId);
      if (sku == null) {
        throw new IllegalArgumentException("unknown SKU " + skuId);
      }
      sku.enabledUnits = enabledUnits;
    }
    return this;
  }

  /**
   * Adds a subscription to the tenant, as buying a product would.
   *
   * @param plans service-plan names to ids, all applying to users
   */
  public GraphEmulator subscribe(
      UUID skuId, String skuPartNumber, int enabledUnits, Map<String, UUID> plans) {
    List<GraphTenant.Plan> list =
        plans.entrySet().stream()
            .map(e -> new GraphTenant.Plan(e.getValue(), e.getKey(), "User"))
            .toList();
    tenant.addSku(new GraphTenant.Sku(skuId, skuPartNumber, list, enabledUnits, UUID.randomUUID()));
    return this;
  }

  /** Whether the user's password is this one; the emulator keeps only a hash. */
  public boolean passwordMatches(String userPrincipalName, String candidate) {
    return tenant.passwordMatches(userPrincipalName, candidate);
  }

  public int deletedUsers() {
    return tenant.deletedCount();
  }

  /** Registers a listener told about every change of a user's licences. */
  public GraphEmulator onLicenceChange(LicenceListener listener) {
    tenant.addListener(listener);
    return this;
  }

  public int listenerFailures() {
    return tenant.listenerFailures();
  }

  /** The tenant's domains, SKUs and users as JSON. */
  public String exportState() {
    return TenantStateJson.save(tenant);
  }

  /** Replaces the tenant's domains, SKUs and users with a state saved by {@link #exportState()}. */
  public GraphEmulator importState(String json) {
    TenantStateJson.load(tenant, json);
    return this;
  }

  /** Writes {@link #exportState()} to a file. */
  public GraphEmulator saveState(Path file) {
    try {
      Files.writeString(file, exportState(), StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the tenant state to " + file, e);
    }
  }

  /** Replaces the tenant's state with one saved by {@link #saveState(Path)}. */
  public GraphEmulator loadState(Path file) {
    try {
      return importState(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tenant state from " + file, e);
    }
  }

  /** The system clock plus an offset that only grows. */
  private static final class AdvancingClock extends java.time.Clock {
    private final java.util.concurrent.atomic.AtomicLong offsetNanos =
        new java.util.concurrent.atomic.AtomicLong();

    void advance(Duration by) {
      offsetNanos.addAndGet(by.toNanos());
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public java.time.Instant instant() {
      return java.time.Instant.now().plusNanos(offsetNanos.get());
    }
  }

  /** Direct access for the in-memory directory of this package. */
  GraphTenant tenant() {
    return tenant;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
