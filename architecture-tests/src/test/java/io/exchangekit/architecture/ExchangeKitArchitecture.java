package io.exchangekit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.Set;

/**
 * ExchangeKit's module layout (DESIGN.md section 1) as one {@link HexagonalArchitecture}
 * declaration, so that the product and the fixture trees are checked by the very same rules.
 */
final class ExchangeKitArchitecture {

  /** The product's root package. */
  static final String PRODUCT_ROOT = "io.exchangekit";

  private ExchangeKitArchitecture() {}

  /** Every module the declaration knows, by Maven name (fixture trees have code in all of them). */
  static Set<String> moduleNames() {
    return under(PRODUCT_ROOT, Set.of()).moduleNames();
  }

  /** The ExchangeKit layout under {@code root}, requiring classes in {@code modulesWithCode}. */
  static HexagonalArchitecture under(String root, Set<String> modulesWithCode) {
    return HexagonalArchitecture.underRoot(root)
        .domain("exchange-core", "core")
        .ports("exchange-ports", "ports")
        .incoming("in")
        .outgoing("out")
        .providers("spi")
        .services("service", "ExchangeUseCases")
        .and()
        .adapter("adapter-ps-common", "adapter.powershell")
        .adapter("adapter-onprem-ps", "adapter.onprem")
        .adapter("adapter-online-ps", "adapter.online")
        .adapter("adapter-graph", "adapter.graph")
        .adapter("adapter-openiam", "adapter.openiam")
        .adapterMayUse("adapter-onprem-ps", "adapter-ps-common")
        .adapterMayUse("adapter-online-ps", "adapter-ps-common")
        // Besides providers and their configs, the public types each adapter needs, and why:
        .adapterMayExpose(
            "adapter-ps-common",
            "shared with the two PowerShell adapters (their configs hold PowerShellOptions; they"
                + " build a ConnectionRecipe with PowerShellText and open a PowerShellBackend,"
                + " whose figures are PoolFigures) and the way to run them on another PowerShell"
                + " (PowerShellHost, which the embedded emulators implement)",
            "PowerShellOptions",
            "PowerShellHost",
            "PowerShellBackend",
            "ConnectionRecipe",
            "PoolFigures",
            "PowerShellText")
        .adapterMayExpose(
            "adapter-openiam",
            "the driving adapter's entry points (request handler, the streaming handler type"
                + " transports take, queue consumer and its settings) and the OpenIAM request and"
                + " response model they take and return",
            "OpenIamConnector",
            "OpenIamHandler",
            "amqp.RabbitMqConsumer",
            "amqp.RabbitMqSettings",
            "model..")
        .adapterMayExpose(
            "adapter-openiam",
            "internal, public only because OpenIamConnector in the adapter's root package uses them",
            "mapping..",
            "wire..")
        .testFixtures("test-fixtures", "testfixtures")
        .emulators("exchange-emulators", "emulator")
        .compositionRoot("connector", "connector")
        .compositionRoot("exchange-embedded", "embedded")
        // the ConnId bundle: a driving adapter that also wires the backends (through the SPI, or
        // over the embedded emulators), so a composition root of its own
        .compositionRoot("adapter-connid", "adapter.connid")
        .frameworkOnlyIn("adapter-connid", "org.identityconnectors..")
        .library("exchange-cmdlet-catalog", "catalog", "com.fasterxml.jackson..")
        .vendorTypesIn(
            "com.profesorfalken..", // jPowerShell
            "com.microsoft.graph..", // Graph SDK
            "com.microsoft.kiota..", // Kiota, under the Graph SDK
            "com.microsoft.aad.msal4j..", // msal4j
            "com.rabbitmq..", // AMQP client
            "com.azure..") // Azure core and identity
        .mayReadEnvironment("connector", "test-fixtures", "exchange-emulators")
        .withCodeIn(modulesWithCode);
  }

  /**
   * The product's main classes. Test classes are left out twice over: {@link
   * ImportOption.DoNotIncludeTests} drops {@code target/test-classes}, and test-jars (exchange-core
   * ships its arbitraries and cmdlet catalog as one, which test-fixtures puts on the class path)
   * are dropped by file name, since ArchUnit's option only knows build-output folders.
   */
  static JavaClasses importProduct() {
    return new ClassFileImporter()
        .withImportOption(new ImportOption.DoNotIncludeTests())
        .withImportOption(ExchangeKitArchitecture::isNotInATestJar)
        .importPackages(PRODUCT_ROOT);
  }

  /**
   * A fixture tree. Fixtures are test classes of this module, so the test-exclusion options are
   * deliberately not applied here.
   */
  static JavaClasses importFixture(String fixtureRoot) {
    return new ClassFileImporter().importPackages(fixtureRoot);
  }

  private static boolean isNotInATestJar(Location location) {
    return !location.contains("-tests.jar");
  }
}
