package io.exchangekit.archfixture.bad.adapter.openiam;

import java.util.function.UnaryOperator;

/** Violates the environment rule through a method reference. */
final class PropertyDefaults {
  private PropertyDefaults() {}

  static UnaryOperator<String> lookup() {
    return System::getProperty;
  }
}
