package io.exchangekit.archfixture.bad.emulator;

import org.junit.jupiter.api.FakeAssertions;

/** Violates "shipped code uses no test framework": an emulator asserting with JUnit. */
final class SelfCheckingEmulator {
  void answer(String line) {
    FakeAssertions.assertTrue(!line.isEmpty());
  }
}
