package io.exchangekit.archfixture.good.connector;

import io.exchangekit.archfixture.good.adapter.graph.GraphBackendProvider;
import io.exchangekit.archfixture.good.adapter.onprem.OnPremBackendProvider;
import io.exchangekit.archfixture.good.adapter.openiam.OpenIamDispatcher;
import io.exchangekit.archfixture.good.testfixtures.InMemoryMailboxPort;

/** Composition root: wires adapters and reads the environment, both of which it may. */
final class ConnectorMain {
  private ConnectorMain() {}

  static OpenIamDispatcher wire() {
    String target = System.getenv().getOrDefault("EXCHANGEKIT_TARGET", "emulator");
    return switch (target) {
      case "onprem" -> new OpenIamDispatcher(new OnPremBackendProvider().mailboxPort());
      case "graph" -> new OpenIamDispatcher(new GraphBackendProvider().mailboxPort());
      default -> new OpenIamDispatcher(new InMemoryMailboxPort());
    };
  }
}
