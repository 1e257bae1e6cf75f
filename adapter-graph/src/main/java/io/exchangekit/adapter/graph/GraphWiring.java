package io.exchangekit.adapter.graph;

import java.time.Clock;
import java.util.Optional;

/** Assembles the adapter's parts from a configuration. */
final class GraphWiring {

  private GraphWiring() {}

  record Parts(GraphDirectoryClient client, MsalTokenProvider tokens, GraphCalls calls) {}

  static Parts parts(GraphDirectoryConfig config, GraphCalls.Sleeper sleeper, Clock clock) {
    Optional<GraphSdk.Tls> tls = GraphSdk.tls(config.trustStore());
    MsalTokenProvider tokens =
        new MsalTokenProvider(config, tls.map(GraphSdk.Tls::context).orElse(null));
    GraphCalls calls =
        new GraphCalls(config.maxAttempts(), config.maxRetryWait(), sleeper, tokens::forget);
    GraphDirectoryClient client =
        new GraphDirectoryClient(
            GraphSdk.client(config, tokens, tls),
            calls,
            config.skuCacheTtl(),
            config.replicationWait(),
            clock);
    return new Parts(client, tokens, calls);
  }

  static Parts parts(GraphDirectoryConfig config) {
    return parts(config, d -> Thread.sleep(d.toMillis()), Clock.systemUTC());
  }
}
