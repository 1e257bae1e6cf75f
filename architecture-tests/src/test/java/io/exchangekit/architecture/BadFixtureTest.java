package io.exchangekit.architecture;

import static io.exchangekit.architecture.Violations.assertViolated;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rule can fail: the product's own declaration, pointed at {@code
 * io.exchangekit.archfixture.bad} (test sources of this module, one deliberate violation per rule),
 * reports each violation and names the offending class. Vendor packages there are stand-ins under
 * the real vendor package names ({@code com.microsoft.graph.models.FakeUser} and so on).
 */
class BadFixtureTest {
  private static final String ROOT = "io.exchangekit.archfixture.bad";
  private static final String GRAPH = ROOT + ".adapter.graph.";

  private static final HexagonalArchitecture ARCHITECTURE =
      ExchangeKitArchitecture.under(ROOT, ExchangeKitArchitecture.moduleNames());

  private static JavaClasses bad;

  @BeforeAll
  static void importFixture() {
    bad = ExchangeKitArchitecture.importFixture(ROOT);
  }

  @Test
  void givenCoreRecordWithJacksonAnnotation_checkCoreAllowList_reportsTheRecord() {
    assertViolated(
        ARCHITECTURE.domainDependsOnlyOnItselfAndTheJdk(),
        bad,
        ROOT + ".core.JsonMailbox",
        "com.fasterxml.jackson.annotation.FakeJsonProperty");
  }

  @Test
  void givenProviderSpiMentioningJackson_checkPortsAllowList_reportsTheProvider() {
    assertViolated(
        ARCHITECTURE.portsDependOnlyOnTheDomainAndTheJdk(),
        bad,
        ROOT + ".ports.spi.JsonBackendProvider",
        "com.fasterxml.jackson.databind.FakeObjectMapper");
  }

  @Test
  void givenUseCaseTakingADrivenPort_checkIncomingPorts_reportsTheUseCase() {
    assertViolated(
        ARCHITECTURE.incomingPortsDoNotDependOnOutgoingPorts(),
        bad,
        ROOT + ".ports.in.mailbox.ProvisionMailboxUseCase",
        ROOT + ".ports.out.MailboxPort");
  }

  @Test
  void givenDrivenPortTakingACommand_checkOutgoingPorts_reportsThePort() {
    assertViolated(
        ARCHITECTURE.outgoingPortsDoNotDependOnIncomingPorts(),
        bad,
        ROOT + ".ports.out.LicensePort",
        ROOT + ".ports.in.AssignLicenseCommand");
  }

  @Test
  void givenDrivenPortReturningAService_checkPorts_reportsThePort() {
    assertViolated(
        ARCHITECTURE.portsDoNotDependOnServices(),
        bad,
        ROOT + ".ports.out.ServiceAwarePort",
        ROOT + ".ports.service.MailboxService");
  }

  @Test
  void givenAdapterCallingAServiceDirectly_checkServiceUsers_reportsTheAdapter() {
    assertViolated(
        ARCHITECTURE.servicesAreReachedOnlyThroughTheirFactory(),
        bad,
        ROOT + ".adapter.openiam.ServiceShortcut",
        ROOT + ".ports.service.MailboxService");
  }

  @Test
  void givenOnlineAdapterUsingOnPremHelper_checkAdapters_reportsTheOnlineAdapter() {
    assertViolated(
        ARCHITECTURE.adaptersDoNotDependOnEachOther(),
        bad,
        ROOT + ".adapter.online.OnlineSession",
        ROOT + ".adapter.onprem.OnPremHelper");
  }

  @Test
  void givenSharedPowerShellCodeUsingGraphAdapter_checkAdapters_reportsTheSharedCode() {
    assertViolated(
        ARCHITECTURE.adaptersDoNotDependOnEachOther(),
        bad,
        ROOT + ".adapter.powershell.PsGraphBridge",
        GRAPH + "GraphUserAdapter");
  }

  @Test
  void givenCatalogReadingACoreEnum_checkLibraries_reportsTheCatalog() {
    assertViolated(
        ARCHITECTURE.librariesDependOnNothingOfOurs(),
        bad,
        ROOT + ".catalog.VersionedCatalog",
        ROOT + ".core.JsonMailbox");
  }

  @Test
  void givenEmulatorBuiltOnAnAdapter_checkTestFixtures_reportsTheEmulator() {
    assertViolated(
        ARCHITECTURE.testFixturesDoNotDependOnAdapters(),
        bad,
        ROOT + ".testfixtures.GraphEmulator",
        GRAPH + "GraphUserAdapter");
  }

  @Test
  void givenEmulatorAssertingWithJUnit_checkTestFrameworks_reportsTheEmulator() {
    assertViolated(
        ARCHITECTURE.shippedCodeUsesNoTestFramework(),
        bad,
        ROOT + ".emulator.SelfCheckingEmulator",
        "org.junit.jupiter.api.FakeAssertions");
  }

  @Test
  void givenEmbeddedStackUsingQuickTheories_checkTestFrameworks_reportsTheStack() {
    assertViolated(
        ARCHITECTURE.shippedCodeUsesNoTestFramework(),
        bad,
        ROOT + ".embedded.RandomStack",
        "org.quicktheories.FakeGenerate");
  }

  @Test
  void givenAdapterMethodReturningGraphSdkType_checkVendorRule_reportsTheMethod() {
    assertViolated(
        ARCHITECTURE.adaptersExposeNoVendorTypes(),
        bad,
        GRAPH
            + "GraphUserAdapter.findUser(java.lang.String) exposes vendor type"
            + " com.microsoft.graph.models.FakeUser (returns)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ROOT
            + ".adapter.powershell.PsRunner.run(com.profesorfalken.jpowershell.FakePowerShell,"
            + " java.lang.String) exposes vendor type com.profesorfalken.jpowershell.FakePowerShell"
            + " (parameter)",
        ROOT
            + ".adapter.powershell.PsRunner.shell() exposes vendor type"
            + " com.profesorfalken.jpowershell.FakePowerShell (returns)",
        GRAPH
            + "GraphClientFactory.<init>(com.microsoft.aad.msal4j.FakeAccessToken) exposes vendor"
            + " type com.microsoft.aad.msal4j.FakeAccessToken (parameter)",
        GRAPH
            + "GraphClientFactory.requestAdapters() exposes vendor type"
            + " com.microsoft.kiota.FakeRequestAdapter (returns)",
        GRAPH
            + "GraphClientFactory.send() exposes vendor type"
            + " com.microsoft.graph.core.FakeServiceException (throws)",
        GRAPH
            + "GraphClientFactory.narrow(com.microsoft.graph.models.FakeUser) exposes vendor type"
            + " com.microsoft.graph.models.FakeUser (type parameter T)",
        GRAPH
            + "AzureCredentialAdapter exposes vendor type"
            + " com.azure.core.credential.FakeTokenCredential (implements)",
        ROOT
            + ".adapter.openiam.AmqpTransport.channel exposes vendor type"
            + " com.rabbitmq.client.FakeChannel (field type)",
        ROOT
            + ".adapter.openiam.AmqpTransport.publishOn([Lcom.rabbitmq.client.FakeChannel;) exposes"
            + " vendor type com.rabbitmq.client.FakeChannel (parameter)"
      })
  void givenVendorTypeInAPublicAdapterSignature_checkVendorRule_reportsThatExposure(
      String expected) {
    assertViolated(ARCHITECTURE.adaptersExposeNoVendorTypes(), bad, expected);
  }

  @Test
  void givenPublicSessionPoolInAnAdapter_checkAdapterSurface_reportsItAndItsNestedType() {
    assertViolated(
        ARCHITECTURE.adaptersExposeOnlyTheirProviderAndConfig(),
        bad,
        ROOT + ".adapter.online.OnlineSessionPool is public in adapter-online-ps but is neither",
        ROOT + ".adapter.online.OnlineSessionPool$Lease is public in adapter-online-ps");
  }

  @Test
  void givenConfigNoProviderTakes_checkAdapterSurface_reportsTheConfig() {
    assertViolated(
        ARCHITECTURE.adaptersExposeOnlyTheirProviderAndConfig(),
        bad,
        GRAPH + "GraphTuningConfig is public in adapter-graph");
  }

  @Test
  void givenAdapterReadingEnvironment_checkEnvironmentRule_reportsCallAndMethodReference() {
    assertViolated(
        ARCHITECTURE.onlyDeclaredModulesReadTheEnvironment(),
        bad,
        GRAPH + "GraphSettings.tenant()",
        ROOT + ".adapter.openiam.PropertyDefaults.lookup()");
  }

  @Test
  void givenUndeclaredAdapterPackage_checkDeclaredModules_reportsTheStrayClass() {
    assertViolated(
        ARCHITECTURE.everyClassBelongsToADeclaredModule(), bad, ROOT + ".adapter.ews.EwsAdapter");
  }
}
