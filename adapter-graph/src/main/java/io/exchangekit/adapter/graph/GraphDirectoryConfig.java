package io.exchangekit.adapter.graph;

import io.exchangekit.core.recipient.Secret;
import java.net.URI;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Microsoft Graph as an application (client-credentials flow).
 *
 * @param tenant the directory to sign in to: its primary {@code *.onmicrosoft.com} domain, its
 *     tenant id, or its name
 * @param clientId the application (client) id
 * @param credential a client secret or a certificate with its private key
 * @param authorityHost the Microsoft identity platform, {@code https://login.microsoftonline.com/}
 *     by default; the authority is this host followed by the tenant
 * @param graphBaseUrl Graph's base URL including the version, {@code
 *     https://graph.microsoft.com/v1.0} by default
 * @param trustStore certificates to trust instead of the JVM's defaults, for both the identity
 *     platform and Graph (a TLS-inspecting proxy, a test server); empty to use the JVM's
 * @param skuCacheTtl how long the tenant's subscribed SKUs are reused before they are read again; a
 *     name that does not resolve always reads them again
 * @param maxAttempts how often one Graph call is tried when it is throttled (429) or the service is
 *     unavailable (503, 504), at least 1
 * @param maxRetryWait the longest wait honoured between two attempts; a longer {@code Retry-After}
 *     ends the call with a throttling error that carries it
 * @param requestTimeout the time limit of one HTTP call
 * @param replicationWait how long, in total, reads and writes of a user this adapter has just
 *     created are retried while Graph still answers 404 for it (Entra ID's replication lag: a new
 *     object is often not found for seconds, sometimes minutes); then the call fails naming the
 *     user and the lag
 */
public record GraphDirectoryConfig(
    String tenant,
    String clientId,
    Credential credential,
    URI authorityHost,
    URI graphBaseUrl,
    Optional<KeyStore> trustStore,
    Duration skuCacheTtl,
    int maxAttempts,
    Duration maxRetryWait,
    Duration requestTimeout,
    Duration replicationWait) {

  /** The default {@link #replicationWait()}. */
  public static final Duration DEFAULT_REPLICATION_WAIT = Duration.ofSeconds(30);

  public static final URI DEFAULT_AUTHORITY_HOST = URI.create("https://login.microsoftonline.com/");
  public static final URI DEFAULT_GRAPH_BASE_URL = URI.create("https://graph.microsoft.com/v1.0");

  /** The application's proof of identity. */
  public sealed interface Credential {}

  /** A client secret; its {@code toString} is masked. */
  public record ClientSecret(Secret secret) implements Credential {
    public ClientSecret {
      Objects.requireNonNull(secret, "'secret' must not be null");
    }
  }

  /** A certificate uploaded to the application, with its private key. */
  public record ClientCertificate(PrivateKey privateKey, X509Certificate certificate)
      implements Credential {
    public ClientCertificate {
      Objects.requireNonNull(privateKey, "'privateKey' must not be null");
      Objects.requireNonNull(certificate, "'certificate' must not be null");
    }

    @Override
    public String toString() {
      return "ClientCertificate["
          + certificate.getSubjectX500Principal()
          + ", key "
          + Secret.MASK
          + "]";
    }
  }

  public GraphDirectoryConfig {
    requireText(tenant, "tenant");
    requireText(clientId, "clientId");
    Objects.requireNonNull(credential, "'credential' must not be null");
    requireHttps(authorityHost, "authorityHost");
    requireHttps(graphBaseUrl, "graphBaseUrl");
    Objects.requireNonNull(trustStore, "'trustStore' must not be null");
    requirePositive(skuCacheTtl, "skuCacheTtl");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("'maxAttempts' must be at least 1");
    }
    requirePositive(maxRetryWait, "maxRetryWait");
    requirePositive(requestTimeout, "requestTimeout");
    Objects.requireNonNull(replicationWait, "'replicationWait' must not be null");
    if (replicationWait.isNegative()) {
      throw new IllegalArgumentException("'replicationWait' must not be negative");
    }
    if (!authorityHost.getPath().endsWith("/")) {
      authorityHost = URI.create(authorityHost + "/");
    }
    String base = graphBaseUrl.toString();
    if (base.endsWith("/")) {
      graphBaseUrl = URI.create(base.substring(0, base.length() - 1));
    }
  }

  /** A configuration with the default {@link #DEFAULT_REPLICATION_WAIT}. */
  public GraphDirectoryConfig(
      String tenant,
      String clientId,
      Credential credential,
      URI authorityHost,
      URI graphBaseUrl,
      Optional<KeyStore> trustStore,
      Duration skuCacheTtl,
      int maxAttempts,
      Duration maxRetryWait,
      Duration requestTimeout) {
    this(
        tenant,
        clientId,
        credential,
        authorityHost,
        graphBaseUrl,
        trustStore,
        skuCacheTtl,
        maxAttempts,
        maxRetryWait,
        requestTimeout,
        DEFAULT_REPLICATION_WAIT);
  }

  /**
   * A configuration for the public cloud with defaults: SKUs cached 10 minutes, 8 attempts (a
   * tenant throttling a fifth of the writes then fails one call in about 400,000, not one in
   * 3,000).
   */
  public static GraphDirectoryConfig of(String tenant, String clientId, Credential credential) {
    return new GraphDirectoryConfig(
        tenant,
        clientId,
        credential,
        DEFAULT_AUTHORITY_HOST,
        DEFAULT_GRAPH_BASE_URL,
        Optional.empty(),
        Duration.ofMinutes(10),
        8,
        Duration.ofSeconds(60),
        Duration.ofSeconds(100));
  }

  public GraphDirectoryConfig withEndpoints(URI authorityHost, URI graphBaseUrl) {
    return new GraphDirectoryConfig(
        tenant,
        clientId,
        credential,
        authorityHost,
        graphBaseUrl,
        trustStore,
        skuCacheTtl,
        maxAttempts,
        maxRetryWait,
        requestTimeout,
        replicationWait);
  }

  public GraphDirectoryConfig withTrustStore(KeyStore trustStore) {
    return new GraphDirectoryConfig(
        tenant,
        clientId,
        credential,
        authorityHost,
        graphBaseUrl,
        Optional.of(trustStore),
        skuCacheTtl,
        maxAttempts,
        maxRetryWait,
        requestTimeout,
        replicationWait);
  }

  public GraphDirectoryConfig withSkuCacheTtl(Duration skuCacheTtl) {
    return new GraphDirectoryConfig(
        tenant,
        clientId,
        credential,
        authorityHost,
        graphBaseUrl,
        trustStore,
        skuCacheTtl,
        maxAttempts,
        maxRetryWait,
        requestTimeout,
        replicationWait);
  }

  public GraphDirectoryConfig withRetries(int maxAttempts, Duration maxRetryWait) {
    return new GraphDirectoryConfig(
        tenant,
        clientId,
        credential,
        authorityHost,
        graphBaseUrl,
        trustStore,
        skuCacheTtl,
        maxAttempts,
        maxRetryWait,
        requestTimeout,
        replicationWait);
  }

  /** The same configuration waiting at most this long for a new user to replicate. */
  public GraphDirectoryConfig withReplicationWait(Duration replicationWait) {
    return new GraphDirectoryConfig(
        tenant,
        clientId,
        credential,
        authorityHost,
        graphBaseUrl,
        trustStore,
        skuCacheTtl,
        maxAttempts,
        maxRetryWait,
        requestTimeout,
        replicationWait);
  }

  /** The authority msal4j signs in to: the authority host followed by the tenant. */
  URI authority() {
    return authorityHost.resolve(tenant + "/");
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, "'" + name + "' must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("'" + name + "' must not be blank");
    }
  }

  private static void requireHttps(URI uri, String name) {
    Objects.requireNonNull(uri, "'" + name + "' must not be null");
    if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("'" + name + "' must be an https URL but was " + uri);
    }
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, "'" + name + "' must not be null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("'" + name + "' must be positive");
    }
  }
}
