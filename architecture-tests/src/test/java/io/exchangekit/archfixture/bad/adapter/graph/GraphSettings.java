package io.exchangekit.archfixture.bad.adapter.graph;

/** Violates the environment rule: an adapter reads an environment variable. */
final class GraphSettings {
  private GraphSettings() {}

  static String tenant() {
    return System.getenv("GRAPH_TENANT");
  }
}
