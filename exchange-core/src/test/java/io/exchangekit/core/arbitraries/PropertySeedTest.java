package io.exchangekit.core.arbitraries;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** The build runs every property from a known seed, so that CI is reproducible (see pom.xml). */
class PropertySeedTest {
  @Test
  void givenTheBuild_runningProperties_drawsFromAFixedSeed() {
    String seed = System.getProperty("QT_SEED");
    assertNotNull(seed, "the build must pass QT_SEED to QuickTheories (property qt.seed)");
    assertDoesNotThrow(() -> Long.parseLong(seed), "QT_SEED must be a number: " + seed);
  }
}
