package io.exchangekit.architecture;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No false alarms: {@code io.exchangekit.archfixture.good} uses every allowance the rules grant
 * (PowerShell adapters on the shared code, the services' factory and its nested builder from an
 * adapter, vendor types in package-private classes and private fields, environment reads in the
 * connector and the test fixtures), and every rule, guards included, passes on it.
 */
class GoodFixtureTest {
  private static final String ROOT = "io.exchangekit.archfixture.good";

  private static final HexagonalArchitecture ARCHITECTURE =
      ExchangeKitArchitecture.under(ROOT, ExchangeKitArchitecture.moduleNames());

  private static JavaClasses good;

  @BeforeAll
  static void importFixture() {
    good = ExchangeKitArchitecture.importFixture(ROOT);
  }

  @TestFactory
  Stream<DynamicTest> givenWellBehavedFixture_checkEachRule_noViolation() {
    return ARCHITECTURE.rules().stream()
        .map(
            (ArchRule rule) ->
                DynamicTest.dynamicTest(
                    rule.getDescription(), () -> assertDoesNotThrow(() -> rule.check(good))));
  }
}
