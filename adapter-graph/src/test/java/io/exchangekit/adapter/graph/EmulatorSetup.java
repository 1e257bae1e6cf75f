package io.exchangekit.adapter.graph;

import io.exchangekit.core.recipient.Secret;
import io.exchangekit.emulator.graph.GraphEmulator;
import java.net.URI;
import java.time.Duration;

/** Configurations that point the adapter at a {@link GraphEmulator}. */
final class EmulatorSetup {

  static final String CLIENT_ID = "6e1f3b9a-0c2d-4e5f-8a7b-9c0d1e2f3a4b";
  static final String CLIENT_SECRET = "Gr4ph~emulator.secret";

  private EmulatorSetup() {}

  static GraphDirectoryConfig config(GraphEmulator emulator) {
    emulator.registerApplication(CLIENT_ID, CLIENT_SECRET);
    return config(emulator, new GraphDirectoryConfig.ClientSecret(Secret.of(CLIENT_SECRET)));
  }

  static GraphDirectoryConfig config(
      GraphEmulator emulator, GraphDirectoryConfig.Credential credential) {
    return GraphDirectoryConfig.of(emulator.tenantName(), CLIENT_ID, credential)
        .withEndpoints(
            URI.create("https://127.0.0.1:" + emulator.port() + "/"), emulator.graphBaseUrl())
        .withTrustStore(emulator.trustStore())
        .withRetries(8, Duration.ofSeconds(5));
  }
}
