package io.exchangekit.archfixture.bad.adapter.powershell;

import io.exchangekit.archfixture.bad.adapter.graph.GraphUserAdapter;

/** Violates "shared PowerShell code depends on no adapter": reaches into the Graph adapter. */
final class PsGraphBridge {
  Object users() {
    return new GraphUserAdapter();
  }
}
