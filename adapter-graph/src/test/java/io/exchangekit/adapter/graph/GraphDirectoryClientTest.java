package io.exchangekit.adapter.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.error.AuthenticationFailedException;
import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.error.ValidationException;
import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.AssignedLicense;
import io.exchangekit.core.license.LicensePlan;
import io.exchangekit.core.license.LicensePlanner;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.license.ServicePlanName;
import io.exchangekit.core.plan.DirectoryAction.CreateCloudUser;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.emulator.graph.ClientCertificate;
import io.exchangekit.emulator.graph.ContosoTenant;
import io.exchangekit.emulator.graph.EmulatedUser;
import io.exchangekit.emulator.graph.GraphEmulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Graph calls against the emulator, over HTTPS with real msal4j token acquisition. */
class GraphDirectoryClientTest {

  private GraphEmulator emulator;
  private GraphWiring.Parts parts;
  private GraphDirectoryClient client;

  @BeforeEach
  void start() {
    emulator = GraphEmulator.start();
    parts = GraphWiring.parts(EmulatorSetup.config(emulator));
    client = parts.client();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private static CreateCloudUser newUser(String upn, Optional<Secret> password) {
    return new CreateCloudUser(
        UserPrincipalName.of(upn),
        DisplayName.of("Adele Vance"),
        Alias.of(upn.substring(0, upn.indexOf('@'))),
        UsageLocation.of("US"),
        password);
  }

  private static LicenseSelection selection(String name, String... disabled) {
    return new LicenseSelection(
        AccountSkuId.parse(name),
        java.util.Arrays.stream(disabled)
            .map(ServicePlanName::of)
            .collect(java.util.stream.Collectors.toSet()));
  }

  private LicensePlan plan(UserPrincipalName upn, boolean removeUnlisted, LicenseSelection... s) {
    CloudUser user = client.findUser(upn).orElseThrow();
    return LicensePlanner.plan(
        user.licenses(), List.of(s), client.subscribedSkus(), removeUnlisted);
  }

  @Test
  void givenTheSeedsExample_assign_givesE3WithoutSwayAndFlowAndPowerBiWithoutBiAzure() {
    UserPrincipalName upn = UserPrincipalName.of("adele@contoso.onmicrosoft.com");
    client.createUser(newUser(upn.value(), Optional.empty()));
    client.assignLicenses(
        upn,
        plan(
            upn,
            false,
            selection("contoso:ENTERPRISEPACK", "SWAY", "FLOW_O365_P2"),
            selection("contoso:POWER_BI_STANDARD", "BI_AZURE_P0")));
    EmulatedUser u = emulator.user(upn.value()).orElseThrow();
    assertEquals(
        Map.of(
            ContosoTenant.ENTERPRISEPACK_ID,
            Set.of(ContosoTenant.SWAY, ContosoTenant.FLOW_O365_P2),
            ContosoTenant.POWER_BI_STANDARD_ID,
            Set.of(ContosoTenant.BI_AZURE_P0)),
        u.licences());
  }

  @Test
  void givenEmptyDisabledPlans_assign_enablesTheWholePackageAndKeepsUnlistedSkus() {
    UserPrincipalName upn = UserPrincipalName.of("megan@contoso.com");
    client.createUser(newUser(upn.value(), Optional.empty()));
    client.assignLicenses(
        upn,
        plan(
            upn,
            false,
            selection("contoso:ENTERPRISEPACK", "SWAY"),
            selection("contoso:POWER_BI_STANDARD")));
    client.assignLicenses(upn, plan(upn, false, selection("contoso:ENTERPRISEPACK")));
    EmulatedUser u = emulator.user(upn.value()).orElseThrow();
    assertEquals(Set.of(), u.licences().get(ContosoTenant.ENTERPRISEPACK_ID));
    assertTrue(u.licences().containsKey(ContosoTenant.POWER_BI_STANDARD_ID));
    client.assignLicenses(upn, plan(upn, true, selection("contoso:ENTERPRISEPACK")));
    assertFalse(
        emulator
            .user(upn.value())
            .orElseThrow()
            .licences()
            .containsKey(ContosoTenant.POWER_BI_STANDARD_ID));
  }

  @Test
  void givenEverythingRunTwice_calls_convergeWithoutErrorsOrExtraWrites() {
    UserPrincipalName upn = UserPrincipalName.of("twice@contoso.com");
    assertTrue(client.createUser(newUser(upn.value(), Optional.of(Secret.of("Tw1ce!passw0rd")))));
    assertFalse(client.createUser(newUser(upn.value(), Optional.of(Secret.of("0ther!Passw0rd")))));
    assertTrue(emulator.passwordMatches(upn.value(), "Tw1ce!passw0rd"));
    LicensePlan p = plan(upn, false, selection("contoso:ENTERPRISEPACK", "SWAY"));
    assertFalse(client.assignLicenses(upn, p).isEmpty());
    int assignCalls = emulator.requests(GraphEmulator.ROUTE_ASSIGN_LICENSE);
    assertTrue(client.assignLicenses(upn, p).isEmpty());
    assertEquals(assignCalls, emulator.requests(GraphEmulator.ROUTE_ASSIGN_LICENSE));
    client.assignLicenses(
        upn, new LicensePlan(List.of(), Set.of(ContosoTenant.POWER_BI_STANDARD_ID)));
    client.setSignIn(upn, false);
    client.setSignIn(upn, false);
    client.revokeSessions(upn);
    assertFalse(emulator.user(upn.value()).orElseThrow().accountEnabled());
    assertTrue(client.deleteUser(upn));
    assertFalse(client.deleteUser(upn));
    assertTrue(client.findUser(upn).isEmpty());
  }

  @Test
  void givenNoPassword_create_sendsAGeneratedPasswordTheEmulatorAccepts() {
    UserPrincipalName upn = UserPrincipalName.of("nopass@contoso.com");
    client.createUser(newUser(upn.value(), Optional.empty()));
    assertTrue(emulator.user(upn.value()).isPresent());
    assertFalse(emulator.passwordMatches(upn.value(), ""));
  }

  @Test
  void givenUnknownNames_planner_failsBeforeAnyLicenceWrite() {
    UserPrincipalName upn = UserPrincipalName.of("unknown@contoso.com");
    client.createUser(newUser(upn.value(), Optional.empty()));
    assertThrows(
        ValidationException.class,
        () ->
            plan(
                upn,
                false,
                selection("contoso:ENTERPRISEPREMIUM"),
                selection("contoso:ENTERPRISEPACK", "NOPE")));
    assertThrows(
        InvalidValueException.class,
        () ->
            client.assignLicenses(
                upn,
                new LicensePlan(
                    List.of(
                        new AssignedLicense(
                            UUID.fromString("c7df2760-2c81-4ef7-b578-5b5392b571df"), Set.of())),
                    Set.of())));
    assertEquals(0, emulator.requests(GraphEmulator.ROUTE_ASSIGN_LICENSE));
  }

  @Test
  void givenASkuBoughtAfterTheCatalogWasCached_subscribedSkusForIt_readsTheCatalogAgain() {
    SkuCatalogCacheTest.ManualClock clock = new SkuCatalogCacheTest.ManualClock();
    GraphDirectoryClient c =
        GraphWiring.parts(EmulatorSetup.config(emulator), d -> {}, clock).client();
    c.subscribedSkus();
    UUID e5 = UUID.fromString("c7df2760-2c81-4ef7-b578-5b5392b571df");
    emulator.subscribe(
        e5,
        "ENTERPRISEPREMIUM",
        5,
        Map.of("ADALLOM_S_O365", UUID.fromString("8c098270-9dd4-4350-9b30-ba4703f3b36b")));
    List<LicenseSelection> wanted =
        List.of(selection("contoso:ENTERPRISEPREMIUM", "ADALLOM_S_O365"));
    assertTrue(c.subscribedSkus(wanted).find(e5).isEmpty(), "a miss right after a read waits");
    clock.now = clock.now.plus(SkuCatalogCache.MISS_INTERVAL);
    assertEquals(
        e5,
        c.subscribedSkus(wanted)
            .find(AccountSkuId.parse("contoso:ENTERPRISEPREMIUM"))
            .orElseThrow()
            .skuId());
    c.subscribedSkus(wanted);
    c.subscribedSkus();
    assertEquals(2, emulator.subscribedSkusCalls());
  }

  @Test
  void givenManyCalls_tokens_areAcquiredOnceAndReused() {
    for (int i = 0; i < 5; i++) {
      client.findUser(UserPrincipalName.of(ContosoTenant.CAROL));
    }
    assertEquals(1, emulator.tokensIssued());
  }

  @Test
  void givenRevokedTokens_nextCall_signsInAgainOnceAndSucceeds() {
    UserPrincipalName carol = UserPrincipalName.of(ContosoTenant.CAROL);
    client.findUser(carol);
    emulator.revokeTokens();
    assertTrue(client.findUser(carol).isPresent());
    assertEquals(2, emulator.tokensIssued());
  }

  @Test
  void givenACertificateCredential_calls_signInWithASignedAssertion() {
    ClientCertificate cert = GraphEmulator.newClientCertificate("exchangekit-test");
    emulator.registerApplication("cert-app", cert.certificate());
    GraphDirectoryConfig config =
        EmulatorSetup.config(
            emulator,
            new GraphDirectoryConfig.ClientCertificate(cert.privateKey(), cert.certificate()));
    GraphDirectoryConfig certConfig =
        new GraphDirectoryConfig(
            config.tenant(),
            "cert-app",
            config.credential(),
            config.authorityHost(),
            config.graphBaseUrl(),
            config.trustStore(),
            config.skuCacheTtl(),
            config.maxAttempts(),
            config.maxRetryWait(),
            config.requestTimeout());
    Optional<CloudUser> carol =
        GraphWiring.parts(certConfig).client().findUser(UserPrincipalName.of(ContosoTenant.CAROL));
    assertTrue(carol.isPresent());
  }

  @Test
  void givenAWrongSecret_calls_failWithAuthenticationFailedThatNeverShowsTheSecret() {
    GraphDirectoryConfig wrong =
        EmulatorSetup.config(
            emulator, new GraphDirectoryConfig.ClientSecret(Secret.of("Wr0ng-secret-value")));
    AuthenticationFailedException e =
        assertThrows(
            AuthenticationFailedException.class,
            () ->
                GraphWiring.parts(wrong)
                    .client()
                    .findUser(UserPrincipalName.of(ContosoTenant.CAROL)));
    assertEquals("invalid_client", e.remoteError().orElseThrow().code());
    assertFalse(e.getMessage().contains("Wr0ng-secret-value"));
    assertFalse(e.getMessage().contains(EmulatorSetup.CLIENT_SECRET));
  }
}
