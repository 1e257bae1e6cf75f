package io.exchangekit.emulator.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Self-signed key material made at test time with the JDK's keytool. The key store file lives only
 * for the moment it takes to load it; nothing is written to the source tree.
 */
final class SelfSignedTls {

  private static volatile SelfSignedTls serverMaterial;

  final KeyStore keyStore;
  final char[] password;
  final PrivateKey privateKey;
  final X509Certificate certificate;

  private SelfSignedTls(KeyStore keyStore, char[] password) throws GeneralSecurityException {
    this.keyStore = keyStore;
    this.password = password;
    this.privateKey = (PrivateKey) keyStore.getKey("key", password);
    this.certificate = (X509Certificate) keyStore.getCertificate("key");
  }

  /** The loopback server's key, generated once per JVM. */
  static SelfSignedTls server() {
    SelfSignedTls m = serverMaterial;
    if (m == null) {
      synchronized (SelfSignedTls.class) {
        m = serverMaterial;
        if (m == null) {
          m =
              generate(
                  "CN=127.0.0.1, O=ExchangeKit Graph emulator", "SAN=ip:127.0.0.1,dns:localhost");
          serverMaterial = m;
        }
      }
    }
    return m;
  }

  static SelfSignedTls generate(String dname, String extension) {
    byte[] random = new byte[18];
    new SecureRandom().nextBytes(random);
    char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
    Path dir = null;
    Path file = null;
    try {
      dir = Files.createTempDirectory("exchangekit-tls");
      file = dir.resolve("key.p12");
      String keytool =
          Path.of(System.getProperty("java.home"), "bin", "keytool").toAbsolutePath().toString();
      List<String> command =
          new java.util.ArrayList<>(
              List.of(
                  keytool,
                  "-genkeypair",
                  "-alias",
                  "key",
                  "-keyalg",
                  "RSA",
                  "-keysize",
                  "2048",
                  "-sigalg",
                  "SHA256withRSA",
                  "-validity",
                  "2",
                  "-dname",
                  dname,
                  "-storetype",
                  "PKCS12",
                  "-keystore",
                  file.toString(),
                  "-storepass:env",
                  "EK_STOREPASS",
                  "-keypass:env",
                  "EK_STOREPASS",
                  "-noprompt"));
      if (extension != null) {
        command.add("-ext");
        command.add(extension);
      }
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      pb.environment().put("EK_STOREPASS", new String(password));
      Process p = pb.start();
      byte[] output = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("keytool failed: " + new String(output).strip());
      }
      KeyStore ks = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(file)) {
        ks.load(in, password);
      }
      return new SelfSignedTls(ks, password);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate test key material", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while generating test key material", e);
    } finally {
      try {
        if (file != null) {
          Files.deleteIfExists(file);
        }
        if (dir != null) {
          Files.deleteIfExists(dir);
        }
      } catch (IOException ignored) {
        // a temporary directory left behind holds nothing of value after the JVM ends
      }
    }
  }

  SSLContext serverContext() {
    try {
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keyStore, password);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), null, null);
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A trust store holding only this certificate. */
  KeyStore trustStore() {
    try {
      KeyStore ts = KeyStore.getInstance("PKCS12");
      ts.load(null, null);
      ts.setCertificateEntry("graph-emulator", certificate);
      return ts;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  SSLContext clientContext() {
    try {
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trustStore());
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), null);
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
