package io.exchangekit.architecture;

import static io.exchangekit.architecture.Violations.assertViolated;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vacuity guard can fail: a mistyped package, a mistyped module name, a module listed before it
 * has code, and a module that gained code without being listed are all reported.
 */
class VacuityGuardTest {
  private static final String GOOD = "io.exchangekit.archfixture.good";

  private static JavaClasses good;

  @BeforeAll
  static void importFixture() {
    good = ExchangeKitArchitecture.importFixture(GOOD);
  }

  @Test
  void givenMistypedPortsPackage_checkNamedPackages_reportsTheEmptyPackage() {
    HexagonalArchitecture typo =
        HexagonalArchitecture.underRoot(GOOD)
            .domain("exchange-core", "core")
            .ports("exchange-ports", "ports")
            .incoming("in")
            .outgoing("out")
            .providers("spy")
            .services("service", "ExchangeUseCases")
            .and()
            .withCodeIn(Set.of("exchange-core", "exchange-ports"));

    assertViolated(
        typo.namedPackagesContainClasses(),
        good,
        "module exchange-ports: package " + GOOD + ".ports.spy contains no classes");
  }

  @Test
  void givenMistypedFactoryName_checkNamedPackages_reportsTheMissingFactory() {
    HexagonalArchitecture typo =
        HexagonalArchitecture.underRoot(GOOD)
            .domain("exchange-core", "core")
            .ports("exchange-ports", "ports")
            .incoming("in")
            .outgoing("out")
            .providers("spi")
            .services("service", "ExchangeUseCase")
            .and()
            .withCodeIn(Set.of("exchange-ports"));

    assertViolated(
        typo.namedPackagesContainClasses(),
        good,
        "public factory " + GOOD + ".ports.service.ExchangeUseCase contains no classes");
  }

  @Test
  void givenMistypedModuleNameInList_checkNamedPackages_reportsTheUnknownName() {
    HexagonalArchitecture architecture =
        ExchangeKitArchitecture.under(GOOD, Set.of("exchange-core", "adapter-grpah"));

    assertViolated(
        architecture.namedPackagesContainClasses(),
        good,
        "no module named 'adapter-grpah' is declared");
  }

  @Test
  void givenListedModuleWithoutClasses_checkNamedPackages_reportsTheModule() {
    String nowhere = "io.exchangekit.archfixture.nowhere";
    HexagonalArchitecture architecture =
        ExchangeKitArchitecture.under(nowhere, Set.of("adapter-graph"));

    assertViolated(
        architecture.namedPackagesContainClasses(),
        ExchangeKitArchitecture.importFixture(nowhere),
        "module adapter-graph: package " + nowhere + ".adapter.graph contains no classes");
  }

  @Test
  void givenModuleWithCodeMissingFromList_checkUnlistedModules_reportsTheModule() {
    Set<String> withoutGraph = new LinkedHashSet<>(ExchangeKitArchitecture.moduleNames());
    withoutGraph.remove("adapter-graph");
    HexagonalArchitecture architecture = ExchangeKitArchitecture.under(GOOD, withoutGraph);

    assertViolated(
        architecture.unlistedModulesContainNoClasses(),
        good,
        "module adapter-graph now has 2 classes in package " + GOOD + ".adapter.graph");
  }

  @Test
  void givenListedTypesMissingFromTheCode_checkAdapterLists_reportsEachStaleEntry() {
    HexagonalArchitecture architecture =
        ExchangeKitArchitecture.under(GOOD, ExchangeKitArchitecture.moduleNames());

    assertViolated(
        architecture.adapterListsNameExposedTypes(),
        good,
        "module adapter-openiam: listed public type amqp.RabbitMqConsumer contains no classes",
        "module adapter-ps-common: listed public type PowerShellText contains no classes");
  }
}
