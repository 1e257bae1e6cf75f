package io.exchangekit.adapter.graph;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.MsalException;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.aad.msal4j.MsalThrottlingException;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import io.exchangekit.core.error.AuthenticationFailedException;
import io.exchangekit.core.error.OperationTimeoutException;
import io.exchangekit.core.error.RemoteError;
import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.error.ThrottledException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access tokens for Graph from msal4j's confidential client (client-credentials flow). A token is
 * reused until five minutes before it expires. Tokens, secrets and assertions are never logged.
 */
final class MsalTokenProvider implements AccessTokenProvider {

  private static final Logger LOG = LoggerFactory.getLogger(MsalTokenProvider.class);

  /** The source of the {@link RemoteError}s of token requests. */
  static final String SOURCE = "Entra ID";

  private static final Duration EXPIRY_MARGIN = Duration.ofMinutes(5);
  private static final String MICROSOFT_AUTHORITY_HOST = "login.microsoftonline.com";

  private final ConfidentialClientApplication app;
  private final Set<String> scopes;
  private final AllowedHostsValidator allowedHosts;
  private final Duration timeout;
  private final URI authority;
  private static final java.util.regex.Pattern AADSTS =
      java.util.regex.Pattern.compile("AADSTS(\\d+)");

  private final String clientId;
  private final String tenant;
  private final AtomicLong acquired = new AtomicLong();
  private String token;
  private Instant refreshAt = Instant.MIN;
  private boolean skipCache;

  MsalTokenProvider(GraphDirectoryConfig config, SSLContext tls) {
    this.scopes = Set.of(scopeFor(config.graphBaseUrl()));
    this.allowedHosts = new AllowedHostsValidator(config.graphBaseUrl().getHost());
    this.timeout = config.requestTimeout();
    this.authority = config.authority();
    this.clientId = config.clientId();
    this.tenant = config.tenant();
    try {
      ConfidentialClientApplication.Builder b =
          ConfidentialClientApplication.builder(config.clientId(), credential(config.credential()))
              .authority(config.authority().toString())
              .logPii(false)
              .connectTimeoutForDefaultHttpClient((int) timeout.toMillis())
              .readTimeoutForDefaultHttpClient((int) timeout.toMillis());
      if (!MICROSOFT_AUTHORITY_HOST.equalsIgnoreCase(config.authorityHost().getHost())) {
        // A sovereign, private or test authority: no discovery against login.microsoftonline.com.
        b.instanceDiscovery(false).validateAuthority(false);
      }
      if (tls != null) {
        b.sslSocketFactory(tls.getSocketFactory());
      }
      this.app = b.build();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("'authorityHost' and 'tenant' do not form a URL", e);
    }
  }

  /**
   * Graph's resource scope: {@code https://graph.microsoft.com/.default} for loopback tests too.
   */
  static String scopeFor(URI graphBaseUrl) {
    String host = graphBaseUrl.getHost();
    boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
    return "https://" + (loopback ? "graph.microsoft.com" : host) + "/.default";
  }

  private static IClientCredential credential(GraphDirectoryConfig.Credential c) {
    if (c instanceof GraphDirectoryConfig.ClientSecret s) {
      return ClientCredentialFactory.createFromSecret(s.secret().reveal());
    }
    GraphDirectoryConfig.ClientCertificate cert = (GraphDirectoryConfig.ClientCertificate) c;
    return ClientCredentialFactory.createFromCertificate(cert.privateKey(), cert.certificate());
  }

  /** Drops the cached token; the next request signs in again (skipping msal4j's cache). */
  synchronized void forget() {
    token = null;
    refreshAt = Instant.MIN;
    skipCache = true;
  }

  long tokensAcquired() {
    return acquired.get();
  }

  @Override
  public synchronized String getAuthorizationToken(URI uri, Map<String, Object> context) {
    if (!allowedHosts.isUrlHostValid(uri)) {
      return "";
    }
    if (token != null && Instant.now().isBefore(refreshAt)) {
      return token;
    }
    IAuthenticationResult result = acquire();
    token = result.accessToken();
    Instant expires = result.expiresOnDate().toInstant();
    refreshAt = expires.minus(EXPIRY_MARGIN);
    if (!refreshAt.isAfter(Instant.now())) {
      refreshAt = Instant.now().plus(Duration.between(Instant.now(), expires).dividedBy(2));
    }
    acquired.incrementAndGet();
    LOG.debug("acquired a Graph access token valid until {}", expires);
    return token;
  }

  private IAuthenticationResult acquire() {
    try {
      IAuthenticationResult r =
          app.acquireToken(ClientCredentialParameters.builder(scopes).skipCache(skipCache).build())
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      skipCache = false;
      return r;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof MsalServiceException s) {
        throw serviceFailure(s);
      }
      if (unreachable(cause)) {
        throw new ServiceUnavailableException(
            "cannot reach the Microsoft identity platform at "
                + authority
                + ": "
                + rootCause(cause).getClass().getSimpleName(),
            null,
            cause,
            new RemoteError(SOURCE, "Unreachable", null));
      }
      if (cause instanceof MsalException m) {
        throw new AuthenticationFailedException(
            "cannot obtain a Graph access token: " + m.errorCode(),
            m,
            new RemoteError(SOURCE, String.valueOf(m.errorCode()), null));
      }
      throw new ServiceUnavailableException(
          "cannot reach the Microsoft identity platform: " + cause.getClass().getSimpleName(),
          null,
          cause,
          null);
    } catch (TimeoutException e) {
      throw new OperationTimeoutException(
          "the Microsoft identity platform did not answer in time", e, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailableException(
          "interrupted while obtaining a Graph access token", null, e, null);
    }
  }

  /**
   * The identity platform's answer, classified by HTTP status and AADSTS number first: 429 and 5xx
   * mean "busy, try later" (msal4j's own throttling cache answers {@link MsalThrottlingException}
   * with the wait), everything else means the credentials or the tenant are wrong.
   */
  private RuntimeException serviceFailure(MsalServiceException s) {
    int status = s.statusCode() == null ? 0 : s.statusCode();
    String first = s.getMessage() == null ? "" : s.getMessage().lines().findFirst().orElse("");
    RemoteError remote =
        new RemoteError(
            SOURCE, s.errorCode() == null ? "HTTP" + status : s.errorCode(), s.correlationId());
    if (s instanceof MsalThrottlingException t) {
      return new ThrottledException(
          "the Microsoft identity platform asked to wait before the next token request",
          Duration.ofMillis(Math.max(1, t.retryInMs())),
          s,
          remote);
    }
    if (status == 429 || status >= 500) {
      Duration wait = retryAfter(s).orElse(null);
      String text =
          "the Microsoft identity platform is "
              + (status == 429 ? "throttling token requests" : "temporarily unavailable")
              + " (HTTP "
              + status
              + (wait == null ? "" : ", Retry-After " + wait.toMillis() + " ms")
              + "): "
              + first;
      return status == 429
          ? new ThrottledException(text, wait, s, remote)
          : new ServiceUnavailableException(text, wait, s, remote);
    }
    return new AuthenticationFailedException(
        "Entra ID refused the application's credentials: "
            + explain(aadsts(first))
            + first
            + " (HTTP "
            + status
            + " "
            + s.errorCode()
            + ")",
        s,
        remote);
  }

  /** The AADSTS number at the start of Entra ID's description, or 0. */
  static int aadsts(String description) {
    java.util.regex.Matcher m = AADSTS.matcher(description);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private String explain(int aadsts) {
    return switch (aadsts) {
      case 7000215 ->
          "the client secret is not valid for application '"
              + clientId
              + "' (a wrong or deleted secret, or the secret's ID given instead of its value). ";
      case 7000222 -> "the client secret of application '" + clientId + "' has expired. ";
      case 700016 ->
          "application '"
              + clientId
              + "' does not exist in tenant '"
              + tenant
              + "' (check the client id and the tenant). ";
      case 90002 ->
          "tenant '"
              + tenant
              + "' does not exist at "
              + authority
              + " (check the tenant id or domain and the authority host). ";
      case 700027, 700024 ->
          "the certificate's signed assertion was refused for application '"
              + clientId
              + "' (is this certificate uploaded to the application?). ";
      default -> "";
    };
  }

  private static Optional<Duration> retryAfter(MsalServiceException s) {
    if (s.headers() == null) {
      return Optional.empty();
    }
    return s.headers().entrySet().stream()
        .filter(h -> "Retry-After".equalsIgnoreCase(h.getKey()) && h.getValue() != null)
        .flatMap(h -> h.getValue().stream())
        .findFirst()
        .flatMap(GraphCalls::parseRetryAfter);
  }

  private static boolean unreachable(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof java.io.IOException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c;
  }

  @Override
  public AllowedHostsValidator getAllowedHostsValidator() {
    return allowedHosts;
  }
}
