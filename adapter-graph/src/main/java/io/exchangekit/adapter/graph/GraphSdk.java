package io.exchangekit.adapter.graph;

import com.microsoft.graph.core.requests.BaseGraphRequestAdapter;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestOption;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;
import com.microsoft.kiota.http.middleware.options.RetryHandlerOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/** Builds the Graph SDK client: Graph's middleware, our own retries, optional custom trust. */
final class GraphSdk {

  private GraphSdk() {}

  /** TLS material trusting only the given store, or null for the JVM's defaults. */
  record Tls(SSLContext context, X509TrustManager trustManager) {}

  static Optional<Tls> tls(Optional<KeyStore> trustStore) {
    if (trustStore.isEmpty()) {
      return Optional.empty();
    }
    try {
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trustStore.get());
      X509TrustManager tm = null;
      for (TrustManager m : tmf.getTrustManagers()) {
        if (m instanceof X509TrustManager x) {
          tm = x;
        }
      }
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, new TrustManager[] {tm}, null);
      return Optional.of(new Tls(ctx, tm));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("'trustStore' cannot be used for TLS", e);
    }
  }

  static GraphServiceClient client(
      GraphDirectoryConfig config, AccessTokenProvider tokens, Optional<Tls> tls) {
    // The SDK's RetryHandler is switched off: GraphCalls retries with a fresh request body and
    // guards against Retry-After values the handler cannot take (0 makes it sleep a negative time).
    RetryHandlerOption noSdkRetry =
        new RetryHandlerOption((delay, attempt, req, resp) -> false, 0, 0);
    OkHttpClient.Builder http =
        GraphClientFactory.create(new RequestOption[] {noSdkRetry})
            .callTimeout(config.requestTimeout())
            .readTimeout(config.requestTimeout())
            .connectTimeout(config.requestTimeout());
    tls.ifPresent(t -> http.sslSocketFactory(t.context().getSocketFactory(), t.trustManager()));
    BaseGraphRequestAdapter adapter =
        new BaseGraphRequestAdapter(
            new BaseBearerTokenAuthenticationProvider(tokens),
            config.graphBaseUrl().toString(),
            http.build());
    return new GraphServiceClient(adapter);
  }
}
