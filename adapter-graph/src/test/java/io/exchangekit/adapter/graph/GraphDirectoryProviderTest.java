package io.exchangekit.adapter.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.emulator.graph.ClientCertificate;
import io.exchangekit.emulator.graph.ContosoTenant;
import io.exchangekit.emulator.graph.GraphEmulator;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import io.exchangekit.ports.spi.BackendConfig;
import io.exchangekit.ports.spi.Backends;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider found by ServiceLoader, configured from plain settings and secrets. */
class GraphDirectoryProviderTest {

  @TempDir Path dir;

  private static void write(KeyStore ks, Path file, char[] password) throws Exception {
    try (OutputStream out = Files.newOutputStream(file)) {
      ks.store(out, password);
    }
  }

  @Test
  void givenSettingsWithACertificateFile_config_readsTheKeyAndTheTunings() throws Exception {
    ClientCertificate cert = GraphEmulator.newClientCertificate("provider-test");
    KeyStore p12 = KeyStore.getInstance("PKCS12");
    p12.load(null, null);
    char[] pw = "p12-pass".toCharArray();
    p12.setKeyEntry("app", cert.privateKey(), pw, new Certificate[] {cert.certificate()});
    Path file = dir.resolve("app.p12");
    write(p12, file, pw);
    GraphDirectoryConfig c =
        GraphDirectoryProvider.config(
            BackendConfig.of(
                Map.of(
                    "Organization", "contoso.onmicrosoft.com",
                    "Login", "app-id",
                    "certificateFile", file.toString(),
                    "skuCacheSeconds", "120",
                    "maxAttempts", "3",
                    "replicationWaitSeconds", "90"),
                Map.of("certificatePassword", Secret.of("p12-pass"))));
    assertEquals("contoso.onmicrosoft.com", c.tenant());
    assertEquals("app-id", c.clientId());
    assertEquals(Duration.ofMinutes(2), c.skuCacheTtl());
    assertEquals(3, c.maxAttempts());
    assertEquals(Duration.ofSeconds(90), c.replicationWait());
    GraphDirectoryConfig.ClientCertificate credential =
        assertInstanceOf(GraphDirectoryConfig.ClientCertificate.class, c.credential());
    assertEquals(cert.certificate(), credential.certificate());
  }

  @Test
  void givenNoCredential_config_namesTheMissingSettings() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                GraphDirectoryProvider.config(
                    BackendConfig.of(Map.of("tenant", "contoso", "clientId", "x"), Map.of())));
    assertTrue(e.getMessage().contains("clientSecret"), e.getMessage());
  }

  @Test
  void givenTheEmulatorsSettings_serviceLoadedProvider_reachesTheEmulator() throws Exception {
    try (GraphEmulator emulator = GraphEmulator.start()) {
      emulator.registerApplication("loader-app", "L0ader-secret");
      Path trust = dir.resolve("trust.p12");
      write(emulator.trustStore(), trust, "changeit".toCharArray());
      CloudDirectoryPort port =
          Backends.cloudDirectory(Optional.of("graph"), getClass().getClassLoader())
              .create(
                  BackendConfig.of(
                      Map.of(
                          "tenant", emulator.tenantName(),
                          "clientId", "loader-app",
                          "authorityHost", "https://127.0.0.1:" + emulator.port() + "/",
                          "graphBaseUrl", emulator.graphBaseUrl().toString(),
                          "trustStoreFile", trust.toString()),
                      Map.of(
                          "clientSecret", Secret.of("L0ader-secret"),
                          "trustStorePassword", Secret.of("changeit"))));
      assertTrue(port.findUser(UserPrincipalName.of(ContosoTenant.CAROL)).isPresent());
    }
  }
}
