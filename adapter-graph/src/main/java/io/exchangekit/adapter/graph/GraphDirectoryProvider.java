package io.exchangekit.adapter.graph;

import io.exchangekit.core.recipient.Secret;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import io.exchangekit.ports.spi.BackendConfig;
import io.exchangekit.ports.spi.CloudDirectoryProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;

/**
 * The cloud directory over Microsoft Graph, with app-only authentication through msal4j. Found by
 * {@link java.util.ServiceLoader} under the name {@value #NAME}, or used directly: {@code
 * GraphDirectoryProvider.create(GraphDirectoryConfig.of(tenant, clientId, credential))}.
 *
 * <p>Settings of {@link #create(BackendConfig)}: {@code tenant} (or {@code organization}), {@code
 * clientId} (or {@code login}), the secret {@code clientSecret} or a PKCS#12 file {@code
 * certificateFile} with the secret {@code certificatePassword}; optional {@code authorityHost},
 * {@code graphBaseUrl}, {@code skuCacheSeconds}, {@code maxAttempts}, {@code maxRetryWaitSeconds},
 * {@code requestTimeoutSeconds}, {@code replicationWaitSeconds} (how long a user just created may
 * stay invisible to Graph, default 30), and a PKCS#12 trust store {@code trustStoreFile} (with the
 * optional secret {@code trustStorePassword}) to trust instead of the JVM's certificate
 * authorities.
 */
public final class GraphDirectoryProvider implements CloudDirectoryProvider {

  public static final String NAME = "graph";

  /** For {@link java.util.ServiceLoader}. */
  public GraphDirectoryProvider() {}

  @Override
  public String name() {
    return NAME;
  }

  /** The port for a typed configuration. */
  public static CloudDirectoryPort create(GraphDirectoryConfig config) {
    Objects.requireNonNull(config, "'config' must not be null");
    return new GraphCloudDirectoryAdapter(GraphWiring.parts(config).client());
  }

  @Override
  public CloudDirectoryPort create(BackendConfig settings) {
    return create(config(settings));
  }

  static GraphDirectoryConfig config(BackendConfig s) {
    String tenant =
        s.setting("tenant")
            .or(() -> s.setting("organization"))
            .orElseGet(() -> s.required("tenant"));
    String clientId =
        s.setting("clientId").or(() -> s.setting("login")).orElseGet(() -> s.required("clientId"));
    GraphDirectoryConfig.Credential credential;
    if (s.secret("clientSecret").isPresent()) {
      credential = new GraphDirectoryConfig.ClientSecret(s.secret("clientSecret").get());
    } else if (s.setting("certificateFile").isPresent()) {
      credential =
          certificate(
              Path.of(s.required("certificateFile")),
              s.secret("certificatePassword")
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "secret 'certificatePassword' is required")));
    } else {
      throw new IllegalArgumentException(
          "either the secret 'clientSecret' or the setting 'certificateFile' is required");
    }
    GraphDirectoryConfig c = GraphDirectoryConfig.of(tenant, clientId, credential);
    return new GraphDirectoryConfig(
        tenant,
        clientId,
        credential,
        s.setting("authorityHost").map(URI::create).orElse(c.authorityHost()),
        s.setting("graphBaseUrl").map(URI::create).orElse(c.graphBaseUrl()),
        s.setting("trustStoreFile")
            .map(f -> trustStore(Path.of(f), s.secret("trustStorePassword"))),
        Duration.ofSeconds(s.intSetting("skuCacheSeconds", (int) c.skuCacheTtl().toSeconds())),
        s.intSetting("maxAttempts", c.maxAttempts()),
        Duration.ofSeconds(s.intSetting("maxRetryWaitSeconds", (int) c.maxRetryWait().toSeconds())),
        Duration.ofSeconds(
            s.intSetting("requestTimeoutSeconds", (int) c.requestTimeout().toSeconds())),
        Duration.ofSeconds(
            s.intSetting("replicationWaitSeconds", (int) c.replicationWait().toSeconds())));
  }

  private static KeyStore trustStore(Path file, Optional<Secret> password) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password.map(p -> p.reveal().toCharArray()).orElse(null));
      return ks;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "setting 'trustStoreFile' cannot be read as PKCS#12: " + e.getClass().getSimpleName(), e);
    }
  }

  private static GraphDirectoryConfig.Credential certificate(Path file, Secret password) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      char[] pw = password.reveal().toCharArray();
      ks.load(in, pw);
      for (String alias : Collections.list(ks.aliases())) {
        Key key = ks.getKey(alias, pw);
        if (key instanceof PrivateKey pk && ks.getCertificate(alias) instanceof X509Certificate x) {
          return new GraphDirectoryConfig.ClientCertificate(pk, x);
        }
      }
      throw new IllegalArgumentException(
          "setting 'certificateFile' holds no private key with a certificate");
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "setting 'certificateFile' cannot be read as PKCS#12 with 'certificatePassword': "
              + e.getClass().getSimpleName(),
          e);
    }
  }
}
