package io.exchangekit.archfixture.bad.embedded;

import org.quicktheories.FakeGenerate;

/** Violates "shipped code uses no test framework": a runtime wiring drawing from QuickTheories. */
final class RandomStack {
  int sessions() {
    return FakeGenerate.anyInt();
  }
}
