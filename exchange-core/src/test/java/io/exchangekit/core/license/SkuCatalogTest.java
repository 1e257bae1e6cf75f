package io.exchangekit.core.license;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.arbitraries.ExchangeGenerators;
import io.exchangekit.core.error.InvalidValueException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SkuCatalogTest {
  private static final SkuCatalog CATALOG = new SkuCatalog(ExchangeGenerators.demoSkus("contoso"));
  private static final UUID E3 = UUID.fromString("6fd2c87f-b296-42f0-b197-1e91e994b900");
  private static final UUID SWAY = UUID.fromString("a23b959c-7ce8-4e57-9140-b90eb88a9e97");
  private static final UUID UNKNOWN = UUID.fromString("c7df2760-2c81-4ef7-b578-5b5392b571df");

  @Test
  void givenSubscribedSkuAndPlan_requireSubscribed_accepts() {
    LicensePlan plan = new LicensePlan(List.of(new AssignedLicense(E3, Set.of(SWAY))), Set.of());
    assertEquals(List.of(), CATALOG.unknownIn(plan));
    assertDoesNotThrow(() -> CATALOG.requireSubscribed(plan));
  }

  @Test
  void givenUnknownSkuAndPlan_requireSubscribed_namesEachAndTheAttribute() {
    LicensePlan plan =
        new LicensePlan(
            List.of(
                new AssignedLicense(E3, Set.of(UNKNOWN)), new AssignedLicense(UNKNOWN, Set.of())),
            Set.of());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> CATALOG.requireSubscribed(plan));
    assertEquals(List.of("LicensesToAssignJson"), e.attributes());
    assertEquals(
        List.of("plan " + UNKNOWN + " of ENTERPRISEPACK", "SKU " + UNKNOWN),
        CATALOG.unknownIn(plan));
    assertTrue(e.getMessage().contains("SKU " + UNKNOWN), e.getMessage());
  }

  @Test
  void givenSelections_resolves_knowsLicenceAndPlanNames() {
    assertTrue(
        CATALOG.resolves(
            new LicenseSelection(
                AccountSkuId.parse("contoso:ENTERPRISEPACK"), Set.of(ServicePlanName.of("sway")))));
    assertFalse(
        CATALOG.resolves(
            new LicenseSelection(
                AccountSkuId.parse("contoso:ENTERPRISEPACK"), Set.of(ServicePlanName.of("NOPE")))));
    assertFalse(
        CATALOG.resolves(new LicenseSelection(AccountSkuId.parse("contoso:NOPE"), Set.of())));
  }
}
