package io.exchangekit.adapter.graph;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.MsalException;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import io.exchangekit.core.error.AuthenticationFailedException;
import io.exchangekit.core.error.OperationTimeoutException;
import io.exchangekit.core.error.RemoteError;
import io.exchangekit.core.error.ServiceUnavailableException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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
  private static final Duration EXPIRY_MARGIN = Duration.ofMinutes(5);
  private static final String MICROSOFT_AUTHORITY_HOST = "login.microsoftonline.com";

  private final ConfidentialClientApplication app;
  private final Set<String> scopes;
  private final AllowedHostsValidator allowedHosts;
  private final Duration timeout;
  private final URI authority;
  private final AtomicLong acquired = new AtomicLong();
  private String token;
  private Instant refreshAt = Instant.MIN;
  private boolean skipCache;

  MsalTokenProvider(GraphDirectoryConfig config, SSLContext tls) {
    this.scopes = Set.of(scopeFor(config.graphBaseUrl()));
    this.allowedHosts = new AllowedHostsValidator(config.graphBaseUrl().getHost());
    this.timeout = config.requestTimeout();
    this.authority = config.authority();
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
        throw new AuthenticationFailedException(
            "Entra ID refused the application's credentials: "
                + s.getMessage().lines().findFirst().orElse("")
                + " (HTTP "
                + s.statusCode()
                + " "
                + s.errorCode()
                + ")",
            s,
            new RemoteError("Entra ID", s.errorCode(), s.correlationId()));
      }
      if (unreachable(cause)) {
        throw new ServiceUnavailableException(
            "cannot reach the Microsoft identity platform at "
                + authority
                + ": "
                + rootCause(cause).getClass().getSimpleName(),
            null,
            cause,
            new RemoteError("Entra ID", "Unreachable", null));
      }
      if (cause instanceof MsalException m) {
        throw new AuthenticationFailedException(
            "cannot obtain a Graph access token: " + m.errorCode(),
            m,
            new RemoteError("Entra ID", String.valueOf(m.errorCode()), null));
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
