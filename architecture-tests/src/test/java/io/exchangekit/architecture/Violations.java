package io.exchangekit.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;

/** Assertion helper: a rule must fail on the given classes, naming what it should name. */
final class Violations {
  private Violations() {}

  static void assertViolated(ArchRule rule, JavaClasses classes, String... expectedInMessage) {
    AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(classes));
    String message = failure.getMessage();
    for (String expected : expectedInMessage) {
      assertTrue(
          message.contains(expected),
          () -> "expected the violation report to mention '" + expected + "', got:\n" + message);
    }
  }
}
