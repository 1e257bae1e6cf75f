package io.exchangekit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundary rules of DESIGN.md section 1, run on the product's main classes.
 *
 * <p><b>Vacuity guard.</b> {@link #MODULES_WITH_CODE} lists the modules that must contain classes:
 * for them, every package a rule names must be non-empty, so a typo or a moved package fails the
 * build instead of silently passing. Modules not yet written are declared and every rule covers
 * them, but they are not on the list; as soon as one gains classes, {@link
 * #givenProductCode_checkUnlistedModules_noneHasClassesYet} fails and names it. When a module
 * lands, add its Maven name here (a name that no declared module has fails {@link
 * #givenProductCode_checkNamedPackages_everyListedModuleHasClasses}).
 */
class ArchitectureTest {

  /**
   * Modules that have code; extend when a module lands (every module of the product has code now).
   */
  static final Set<String> MODULES_WITH_CODE =
      Set.of(
          "exchange-core",
          "exchange-ports",
          "adapter-ps-common",
          "adapter-onprem-ps",
          "adapter-online-ps",
          "adapter-graph",
          "adapter-openiam",
          "test-fixtures",
          "exchange-emulators",
          "exchange-embedded",
          "connector",
          "exchange-cmdlet-catalog");

  private static final HexagonalArchitecture ARCHITECTURE =
      ExchangeKitArchitecture.under(ExchangeKitArchitecture.PRODUCT_ROOT, MODULES_WITH_CODE);

  private static JavaClasses product;

  @BeforeAll
  static void importProduct() {
    product = ExchangeKitArchitecture.importProduct();
  }

  @Test
  void givenProductCode_checkCoreAllowList_coreUsesOnlyItselfAndTheJdk() {
    ARCHITECTURE.domainDependsOnlyOnItselfAndTheJdk().check(product);
  }

  @Test
  void givenProductCode_checkPortsAllowList_portsUseOnlyCoreAndTheJdk() {
    ARCHITECTURE.portsDependOnlyOnTheDomainAndTheJdk().check(product);
  }

  @Test
  void givenProductCode_checkIncomingPorts_noneMentionsAnOutgoingPort() {
    ARCHITECTURE.incomingPortsDoNotDependOnOutgoingPorts().check(product);
  }

  @Test
  void givenProductCode_checkOutgoingPorts_noneMentionsAnIncomingPort() {
    ARCHITECTURE.outgoingPortsDoNotDependOnIncomingPorts().check(product);
  }

  @Test
  void givenProductCode_checkPorts_noneMentionsAService() {
    ARCHITECTURE.portsDoNotDependOnServices().check(product);
  }

  @Test
  void givenProductCode_checkServiceUsers_onlyTheFactoryIsUsedOutsideServices() {
    ARCHITECTURE.servicesAreReachedOnlyThroughTheirFactory().check(product);
  }

  @Test
  void givenProductCode_checkAdapters_noneDependsOnAnother() {
    ARCHITECTURE.adaptersDoNotDependOnEachOther().check(product);
  }

  @Test
  void givenProductCode_checkTestFixtures_noneDependsOnAnAdapter() {
    ARCHITECTURE.testFixturesDoNotDependOnAdapters().check(product);
  }

  @Test
  void givenProductCode_checkTestFrameworks_onlyTheTestFixturesUseThem() {
    ARCHITECTURE.shippedCodeUsesNoTestFramework().check(product);
  }

  @Test
  void givenProductCode_checkLibraries_catalogUsesOnlyItselfTheJdkAndJackson() {
    ARCHITECTURE.librariesDependOnNothingOfOurs().check(product);
  }

  @Test
  void givenProductCode_checkPublicAdapterSignatures_noVendorTypeIsExposed() {
    ARCHITECTURE.adaptersExposeNoVendorTypes().check(product);
  }

  @Test
  void givenProductCode_checkAdapterSurface_onlyProvidersConfigsAndListedTypesArePublic() {
    ARCHITECTURE.adaptersExposeOnlyTheirProviderAndConfig().check(product);
  }

  @Test
  void givenProductCode_checkAdapterLists_everyEntryNamesAPublicType() {
    ARCHITECTURE.adapterListsNameExposedTypes().check(product);
  }

  @Test
  void givenProductCode_checkEnvironmentReads_onlyConnectorAndTestFixturesRead() {
    ARCHITECTURE.onlyDeclaredModulesReadTheEnvironment().check(product);
  }

  @Test
  void givenProductCode_checkPackages_everyClassBelongsToADeclaredModule() {
    ARCHITECTURE.everyClassBelongsToADeclaredModule().check(product);
  }

  @Test
  void givenProductCode_checkNamedPackages_everyListedModuleHasClasses() {
    ARCHITECTURE.namedPackagesContainClasses().check(product);
  }

  @Test
  void givenProductCode_checkUnlistedModules_noneHasClassesYet() {
    ARCHITECTURE.unlistedModulesContainNoClasses().check(product);
  }
}
