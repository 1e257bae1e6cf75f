package io.exchangekit.archfixture.good.connector;

import io.exchangekit.archfixture.good.adapter.graph.GraphBackendProvider;
import io.exchangekit.archfixture.good.adapter.onprem.OnPremBackendProvider;
import io.exchangekit.archfixture.good.adapter.onprem.OnPremConfig;
import io.exchangekit.archfixture.good.adapter.openiam.OpenIamConnector;
import io.exchangekit.archfixture.good.testfixtures.InMemoryMailboxPort;

/** Composition root: wires adapters and reads the environment, both of which it may. */
final class ConnectorMain {
  private ConnectorMain() {}

  static OpenIamConnector wire() {
    String target = System.getenv().getOrDefault("EXCHANGEKIT_TARGET", "emulator");
    return switch (target) {
      case "onprem" ->
          new OpenIamConnector(
              new OnPremBackendProvider(
                      new OnPremConfig("ex01.contoso.com", OnPremConfig.Authentication.KERBEROS))
                  .mailboxPort());
      case "graph" -> new OpenIamConnector(new GraphBackendProvider().mailboxPort());
      default -> new OpenIamConnector(new InMemoryMailboxPort());
    };
  }
}
