package io.exchangekit.archfixture.bad.testfixtures;

import io.exchangekit.archfixture.bad.adapter.graph.GraphUserAdapter;

/** Violates "test fixtures never depend on an adapter": an emulator built on the adapter. */
final class GraphEmulator {
  Object delegate() {
    return new GraphUserAdapter();
  }
}
