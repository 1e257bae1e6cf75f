package io.exchangekit.emulator.graph;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/** A key pair and self-signed certificate generated in memory, for certificate client auth. */
public record ClientCertificate(PrivateKey privateKey, X509Certificate certificate) {
  public ClientCertificate {
    Objects.requireNonNull(privateKey, "'privateKey' must not be null");
    Objects.requireNonNull(certificate, "'certificate' must not be null");
  }

  @Override
  public String toString() {
    return "ClientCertificate[" + certificate.getSubjectX500Principal() + ", key ****]";
  }
}
