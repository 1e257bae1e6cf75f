package io.exchangekit.testfixtures.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.AssignedLicense;
import io.exchangekit.core.license.LicensePlan;
import io.exchangekit.core.license.LicensePlanner;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.license.ServicePlanName;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.license.SubscribedSku;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryAction.AssignLicenses;
import io.exchangekit.core.plan.DirectoryAction.CreateCloudUser;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.emulator.graph.ContosoTenant;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CloudDirectoryPort} must do, run against the in-memory directory and against
 * each real adapter. Each test gets a port onto a fresh tenant {@code contoso} as {@link
 * ContosoTenant} describes it: ENTERPRISEPACK (25 seats) and POWER_BI_STANDARD (100 seats), the
 * unlicensed cloud user carol without a usage location, verified domains contoso.com and
 * contoso.onmicrosoft.com.
 */
public abstract class CloudDirectoryPortContract {

  private static final UserPrincipalName CAROL = UserPrincipalName.of(ContosoTenant.CAROL);

  protected CloudDirectoryPort port;

  /** A port onto a fresh contoso tenant. */
  protected abstract CloudDirectoryPort createPort();

  /** Releases what {@link #createPort()} opened. */
  protected void closePort() {}

  @BeforeEach
  void openPort() {
    port = createPort();
  }

  @AfterEach
  void releasePort() {
    closePort();
  }

  protected static CreateCloudUser create(String upn, String displayName, String location) {
    return new CreateCloudUser(
        UserPrincipalName.of(upn),
        DisplayName.of(displayName),
        Alias.of(upn.substring(0, upn.indexOf('@'))),
        UsageLocation.of(location),
        Optional.empty());
  }

  protected static LicenseSelection selection(String name, String... disabled) {
    return new LicenseSelection(
        AccountSkuId.parse(name),
        Arrays.stream(disabled).map(ServicePlanName::of).collect(Collectors.toSet()));
  }

  protected LicensePlan plan(UserPrincipalName upn, boolean removeUnlisted, LicenseSelection... s) {
    List<AssignedLicense> current = port.findUser(upn).map(CloudUser::licenses).orElse(List.of());
    return LicensePlanner.plan(current, List.of(s), port.subscribedSkus(), removeUnlisted);
  }

  protected List<String> apply(DirectoryAction... actions) {
    return port.apply(new DirectoryPlan(List.of(actions)));
  }

  protected Map<UUID, Set<UUID>> licences(UserPrincipalName upn) {
    return port.findUser(upn).orElseThrow().licenses().stream()
        .collect(Collectors.toMap(AssignedLicense::skuId, AssignedLicense::disabledPlans));
  }

  @Test
  protected void givenAPlanWithAPassword_render_showsEveryActionMaskedAndChangesNothing() {
    UserPrincipalName megan = UserPrincipalName.of("megan@contoso.com");
    CreateCloudUser withPassword =
        new CreateCloudUser(
            megan,
            DisplayName.of("Megan Bowen"),
            Alias.of("megan"),
            UsageLocation.of("US"),
            Optional.of(Secret.of("Zq9!render-secret")));
    DirectoryPlan plan =
        new DirectoryPlan(
            List.of(
                withPassword,
                new DirectoryAction.SetSignIn(megan, false),
                new DirectoryAction.RevokeSignInSessions(megan)));

    List<PlannedStep> steps = port.render(plan);

    assertEquals(3, steps.size(), steps.toString());
    for (PlannedStep step : steps) {
      assertEquals(PlannedStep.Target.MICROSOFT_GRAPH, step.target());
      assertFalse(step.line().contains("Zq9!render-secret"), step.line());
      assertFalse(step.parameters().toString().contains("Zq9!render-secret"));
    }
    assertEquals(Optional.empty(), port.findUser(megan), "rendering changed the directory");
  }

  @Test
  protected void givenContoso_subscribedSkus_listsBothSkusWithTheirRealIdsPlansAndSeats() {
    SkuCatalog catalog = port.subscribedSkus();
    SubscribedSku e3 = catalog.find(AccountSkuId.parse("contoso:ENTERPRISEPACK")).orElseThrow();
    SubscribedSku bi = catalog.find(ContosoTenant.POWER_BI_STANDARD_ID).orElseThrow();
    assertEquals(ContosoTenant.ENTERPRISEPACK_ID, e3.skuId());
    assertEquals("contoso", e3.accountName());
    assertEquals(ContosoTenant.ENTERPRISEPACK_SEATS, e3.enabledUnits());
    assertEquals(ContosoTenant.SWAY, e3.plan(ServicePlanName.of("SWAY")).orElseThrow().id());
    assertEquals(
        ContosoTenant.EXCHANGE_S_ENTERPRISE,
        e3.plan(ServicePlanName.of("EXCHANGE_S_ENTERPRISE")).orElseThrow().id());
    assertEquals(ContosoTenant.POWER_BI_STANDARD_SEATS, bi.enabledUnits());
    assertEquals(
        ContosoTenant.BI_AZURE_P0, bi.plan(ServicePlanName.of("BI_AZURE_P0")).orElseThrow().id());
    assertEquals(2, catalog.skus().size());
  }

  @Test
  protected void givenKnownNames_subscribedSkusForThem_resolvesEveryName() {
    List<LicenseSelection> wanted =
        List.of(
            selection("contoso:ENTERPRISEPACK", "SWAY", "FLOW_O365_P2"),
            selection("contoso:POWER_BI_STANDARD", "BI_AZURE_P0"));
    SkuCatalog catalog = port.subscribedSkus(wanted);
    for (LicenseSelection s : wanted) {
      SubscribedSku sku = catalog.find(s.sku()).orElseThrow();
      s.disabledPlans().forEach(p -> assertTrue(sku.plan(p).isPresent(), p.value()));
    }
  }

  @Test
  protected void givenCarol_findUser_returnsHerUnlicensedWithoutUsageLocation() {
    CloudUser carol = port.findUser(CAROL).orElseThrow();
    assertTrue(carol.userPrincipalName().sameAs(CAROL));
    assertTrue(carol.accountEnabled());
    assertEquals(Optional.empty(), carol.usageLocation());
    assertEquals(List.of(), carol.licenses());
    assertEquals(Optional.empty(), port.findUser(UserPrincipalName.of("nobody@contoso.com")));
  }

  @Test
  protected void givenANewUser_createCloudUser_makesAnEnabledUserWithTheGivenValues() {
    List<String> steps = apply(create("adele@contoso.com", "Adele Vance", "US"));
    CloudUser u = port.findUser(UserPrincipalName.of("adele@contoso.com")).orElseThrow();
    assertEquals(1, steps.size());
    assertEquals(DisplayName.of("Adele Vance"), u.displayName());
    assertEquals(Optional.of(UsageLocation.of("US")), u.usageLocation());
    assertTrue(u.accountEnabled());
    assertEquals(List.of(), u.licenses());
  }

  @Test
  protected void givenAnExistingUser_createCloudUserAgain_convergesToTheRequestedValues() {
    apply(create("alex@contoso.onmicrosoft.com", "Alex W", "US"));
    CreateCloudUser again =
        new CreateCloudUser(
            UserPrincipalName.of("alex@contoso.onmicrosoft.com"),
            DisplayName.of("Alex Wilber"),
            Alias.of("alex"),
            UsageLocation.of("GB"),
            Optional.of(Secret.of("An0ther!Passw0rd")));
    List<String> steps = apply(again);
    steps.forEach(step -> assertFalse(step.contains("An0ther!Passw0rd"), step));
    CloudUser u = port.findUser(UserPrincipalName.of("alex@contoso.onmicrosoft.com")).orElseThrow();
    assertEquals(DisplayName.of("Alex Wilber"), u.displayName());
    assertEquals(Optional.of(UsageLocation.of("GB")), u.usageLocation());
  }

  @Test
  protected void givenTheSeedsExample_createAndAssign_holdsE3AndPowerBiWithThePlansDisabled() {
    UserPrincipalName upn = UserPrincipalName.of("lynne@contoso.com");
    LicensePlan licences =
        LicensePlanner.plan(
            List.of(),
            List.of(
                selection("contoso:ENTERPRISEPACK", "SWAY", "FLOW_O365_P2"),
                selection("contoso:POWER_BI_STANDARD", "BI_AZURE_P0")),
            port.subscribedSkus(),
            false);
    List<String> steps =
        apply(create(upn.value(), "Lynne Robbins", "US"), new AssignLicenses(upn, licences));
    assertEquals(2, steps.size());
    assertEquals(
        Map.of(
            ContosoTenant.ENTERPRISEPACK_ID,
            Set.of(ContosoTenant.SWAY, ContosoTenant.FLOW_O365_P2),
            ContosoTenant.POWER_BI_STANDARD_ID,
            Set.of(ContosoTenant.BI_AZURE_P0)),
        licences(upn));
    assertTrue(port.findUser(upn).orElseThrow().hasExchangeLicense(port.subscribedSkus()));
  }

  @Test
  protected void givenEmptyDisabledPlans_assign_enablesTheWholePackageAndLeavesUnlistedSkus() {
    UserPrincipalName upn = UserPrincipalName.of("megan@contoso.com");
    apply(create(upn.value(), "Megan Bowen", "DE"));
    apply(
        new AssignLicenses(
            upn,
            plan(
                upn,
                false,
                selection("contoso:ENTERPRISEPACK", "SWAY", "EXCHANGE_S_ENTERPRISE"),
                selection("contoso:POWER_BI_STANDARD"))));
    assertFalse(port.findUser(upn).orElseThrow().hasExchangeLicense(port.subscribedSkus()));
    apply(new AssignLicenses(upn, plan(upn, false, selection("contoso:ENTERPRISEPACK"))));
    assertEquals(
        Map.of(
            ContosoTenant.ENTERPRISEPACK_ID,
            Set.of(),
            ContosoTenant.POWER_BI_STANDARD_ID,
            Set.of()),
        licences(upn));
    apply(new AssignLicenses(upn, plan(upn, true, selection("contoso:POWER_BI_STANDARD"))));
    assertEquals(Map.of(ContosoTenant.POWER_BI_STANDARD_ID, Set.of()), licences(upn));
  }

  @Test
  protected void givenAPlanAppliedTwice_apply_convergesWithoutErrors() {
    UserPrincipalName upn = UserPrincipalName.of("twice@contoso.com");
    LicensePlan add =
        LicensePlanner.plan(
            List.of(),
            List.of(selection("contoso:ENTERPRISEPACK", "SWAY")),
            port.subscribedSkus(),
            false);
    DirectoryPlan plan =
        new DirectoryPlan(
            List.of(
                create(upn.value(), "Twice", "FR"),
                new AssignLicenses(upn, add),
                new AssignLicenses(
                    upn, new LicensePlan(List.of(), Set.of(ContosoTenant.POWER_BI_STANDARD_ID))),
                new DirectoryAction.SetSignIn(upn, true)));
    port.apply(plan);
    Map<UUID, Set<UUID>> first = licences(upn);
    assertEquals(4, port.apply(plan).size());
    assertEquals(first, licences(upn));
    assertEquals(Map.of(ContosoTenant.ENTERPRISEPACK_ID, Set.of(ContosoTenant.SWAY)), first);
  }

  @Test
  protected void givenNoUsageLocation_assign_failsNamingUsageLocationAndReportsCompletedSteps() {
    LicensePlan e3 =
        LicensePlanner.plan(
            List.of(), List.of(selection("contoso:ENTERPRISEPACK")), port.subscribedSkus(), false);
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> apply(new DirectoryAction.SetSignIn(CAROL, true), new AssignLicenses(CAROL, e3)));
    assertEquals(List.of("UsageLocation"), e.attributes());
    assertEquals(1, e.completedSteps().size());
    assertEquals(List.of(), port.findUser(CAROL).orElseThrow().licenses());
    apply(
        new DirectoryAction.SetUsageLocation(CAROL, UsageLocation.of("US")),
        new AssignLicenses(CAROL, e3));
    assertEquals(Map.of(ContosoTenant.ENTERPRISEPACK_ID, Set.of()), licences(CAROL));
  }

  @Test
  protected void givenAnUnknownSkuId_assign_failsBeforeChangingAnything() {
    UserPrincipalName upn = UserPrincipalName.of("strict@contoso.com");
    apply(create(upn.value(), "Strict", "US"));
    LicensePlan unknown =
        new LicensePlan(
            List.of(
                new AssignedLicense(ContosoTenant.ENTERPRISEPACK_ID, Set.of()),
                new AssignedLicense(
                    UUID.fromString("c7df2760-2c81-4ef7-b578-5b5392b571df"), Set.of())),
            Set.of());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> apply(new AssignLicenses(upn, unknown)));
    assertEquals(List.of("LicensesToAssignJson"), e.attributes());
    assertEquals(List.of(), port.findUser(upn).orElseThrow().licenses());
  }

  @Test
  protected void givenAnUnknownUser_assignOrBlock_failsWithUnknownObject() {
    UserPrincipalName ghost = UserPrincipalName.of("ghost@contoso.com");
    LicensePlan e3 =
        new LicensePlan(
            List.of(new AssignedLicense(ContosoTenant.ENTERPRISEPACK_ID, Set.of())), Set.of());
    assertThrows(UnknownObjectException.class, () -> apply(new AssignLicenses(ghost, e3)));
    RuntimeException e =
        assertThrows(
            RuntimeException.class, () -> apply(new DirectoryAction.SetSignIn(ghost, false)));
    assertInstanceOf(UnknownObjectException.class, e);
  }

  @Test
  protected void givenLockThenUnlock_signInAndSessions_followTheRequests() {
    List<String> lock =
        apply(
            new DirectoryAction.SetSignIn(CAROL, false),
            new DirectoryAction.RevokeSignInSessions(CAROL));
    assertEquals(2, lock.size());
    assertFalse(port.findUser(CAROL).orElseThrow().accountEnabled());
    apply(new DirectoryAction.SetSignIn(CAROL, true));
    assertTrue(port.findUser(CAROL).orElseThrow().accountEnabled());
  }

  @Test
  protected void givenAUser_deleteTwice_removesItAndTheSecondDeleteSucceeds() {
    UserPrincipalName upn = UserPrincipalName.of("leaver@contoso.com");
    apply(create(upn.value(), "Leaver", "US"));
    apply(new AssignLicenses(upn, plan(upn, false, selection("contoso:POWER_BI_STANDARD"))));
    apply(new DirectoryAction.DeleteCloudUser(upn));
    assertEquals(Optional.empty(), port.findUser(upn));
    assertEquals(1, apply(new DirectoryAction.DeleteCloudUser(upn)).size());
  }
}
