package io.exchangekit.core.license;

import static io.exchangekit.core.arbitraries.ExchangeGenerators.demoSkus;
import static io.exchangekit.core.arbitraries.ExchangeGenerators.selections;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.exchangekit.core.error.ValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LicensePlannerProperties {
  private static final List<SubscribedSku> SKUS = demoSkus("contoso");
  private static final SkuCatalog CATALOG = new SkuCatalog(SKUS);

  private static List<AssignedLicense> resolve(List<LicenseSelection> selections) {
    return LicensePlanner.plan(List.of(), selections, CATALOG, false).add();
  }

  private static Map<UUID, Set<UUID>> byId(List<AssignedLicense> licenses) {
    Map<UUID, Set<UUID>> m = new HashMap<>();
    licenses.forEach(l -> m.put(l.skuId(), l.disabledPlans()));
    return m;
  }

  @Test
  void
      givenAnyCurrentAndDesiredLicences_applyingThePlan_yieldsExactlyTheDesiredOnesForListedSkus() {
    qt().withExamples(500)
        .forAll(selections(SKUS), selections(SKUS))
        .checkAssert(
            (currentSelection, desired) -> {
              List<AssignedLicense> current = resolve(currentSelection);
              LicensePlan plan = LicensePlanner.plan(current, desired, CATALOG, false);
              Map<UUID, Set<UUID>> after = byId(plan.applyTo(current));
              Map<UUID, Set<UUID>> wanted = byId(resolve(desired));
              wanted.forEach((sku, disabled) -> assertEquals(disabled, after.get(sku)));
              // unlisted SKUs stay as they were
              byId(current)
                  .forEach(
                      (sku, disabled) -> {
                        if (!wanted.containsKey(sku)) {
                          assertEquals(disabled, after.get(sku));
                        }
                      });
              assertTrue(plan.remove().isEmpty());
            });
  }

  @Test
  void givenRemoveUnlisted_applyingThePlan_yieldsExactlyTheDesiredLicences() {
    qt().withExamples(500)
        .forAll(selections(SKUS), selections(SKUS))
        .checkAssert(
            (currentSelection, desired) -> {
              List<AssignedLicense> current = resolve(currentSelection);
              LicensePlan plan = LicensePlanner.plan(current, desired, CATALOG, true);
              assertEquals(byId(resolve(desired)), byId(plan.applyTo(current)));
            });
  }

  @Test
  void givenTheDesiredLicencesAreHeld_plan_isEmpty() {
    qt().withExamples(300)
        .forAll(selections(SKUS))
        .checkAssert(
            desired -> {
              List<AssignedLicense> held = resolve(desired);
              assertTrue(LicensePlanner.plan(held, desired, CATALOG, true).isEmpty());
              assertTrue(LicensePlanner.plan(held, desired, CATALOG, false).isEmpty());
            });
  }

  @Test
  void givenTheSeedsExample_plan_disablesExactlyTheNamedPlans() {
    List<LicenseSelection> seed =
        List.of(
            new LicenseSelection(
                AccountSkuId.parse("contoso:ENTERPRISEPACK"),
                Set.of(ServicePlanName.of("SWAY"), ServicePlanName.of("FLOW_O365_P2"))),
            new LicenseSelection(
                AccountSkuId.parse("contoso:POWER_BI_STANDARD"),
                Set.of(ServicePlanName.of("BI_AZURE_P0"))));
    LicensePlan plan = LicensePlanner.plan(List.of(), seed, CATALOG, false);
    Map<UUID, Set<UUID>> added = byId(plan.add());
    assertEquals(
        Set.of(
            UUID.fromString("a23b959c-7ce8-4e57-9140-b90eb88a9e97"),
            UUID.fromString("76846ad7-7776-4c40-a281-a386362dd1b9")),
        added.get(UUID.fromString("6fd2c87f-b296-42f0-b197-1e91e994b900")));
    assertEquals(
        Set.of(UUID.fromString("2049e525-b859-401b-b2a0-e0a31c4b1fe4")),
        added.get(UUID.fromString("a403ebcc-fae0-4ca2-8c8c-7a907fd6c235")));
  }

  @Test
  void givenUnknownSkuPlanAndTenant_plan_reportsEveryViolationBeforeAnyWrite() {
    List<LicenseSelection> bad =
        List.of(
            new LicenseSelection(AccountSkuId.parse("contoso:NOPE"), Set.of()),
            new LicenseSelection(
                AccountSkuId.parse("contoso:ENTERPRISEPACK"), Set.of(ServicePlanName.of("XYZ"))),
            new LicenseSelection(AccountSkuId.parse("fabrikam:POWER_BI_STANDARD"), Set.of()));
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> LicensePlanner.plan(List.of(), bad, CATALOG, false));
    assertEquals(3, e.violations().size());
    String all = e.violations().stream().map(Object::toString).collect(Collectors.joining("\n"));
    assertTrue(
        all.contains("contoso:NOPE") && all.contains("'XYZ'") && all.contains("fabrikam"), all);
    assertTrue(e.violations().stream().allMatch(v -> v.parameter().equals("LicensesToAssignJson")));
  }

  @Test
  void givenLicencesWithAnExchangePlan_removeExchange_removesOnlyThose() {
    List<AssignedLicense> held =
        resolve(
            List.of(
                new LicenseSelection(AccountSkuId.parse("contoso:ENTERPRISEPACK"), Set.of()),
                new LicenseSelection(AccountSkuId.parse("contoso:POWER_BI_STANDARD"), Set.of())));
    LicensePlan plan = LicensePlanner.removeExchange(held, CATALOG);
    assertEquals(Set.of(UUID.fromString("6fd2c87f-b296-42f0-b197-1e91e994b900")), plan.remove());
  }
}
