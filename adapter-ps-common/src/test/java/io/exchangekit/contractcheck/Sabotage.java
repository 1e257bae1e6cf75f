package io.exchangekit.contractcheck;

import io.exchangekit.ports.spi.ExchangeBackend;

/**
 * The backend the sabotaged contract runs use; set only while a test launches them, so that the
 * classes of this package skip themselves when run any other way.
 */
public final class Sabotage {
  private static volatile ExchangeBackend backend;

  private Sabotage() {}

  public static void use(ExchangeBackend sabotaged) {
    backend = sabotaged;
  }

  public static ExchangeBackend backend() {
    return backend;
  }

  /** For {@code @EnabledIf}: whether a test has set a backend. */
  public static boolean isSet() {
    return backend != null;
  }
}
