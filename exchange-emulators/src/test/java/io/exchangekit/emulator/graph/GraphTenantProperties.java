package io.exchangekit.emulator.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Seat accounting and the licence listener stay true whatever licence changes happen. */
class GraphTenantProperties {

  private static final int USERS = 4;
  private static final int BI_SEATS = 2;
  private static final int E3_SEATS = 3;

  /** One licence change: user, SKU, add or remove, and whether the Exchange plan is disabled. */
  record Op(int user, boolean e3, boolean add, boolean exchangeDisabled) {}

  private static Gen<Op> ops() {
    return integers()
        .between(0, USERS - 1)
        .zip(
            integers().between(0, 7),
            (u, bits) -> new Op(u, (bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0));
  }

  private static String upn(int i) {
    return "p" + i + "@contoso.com";
  }

  @Test
  void givenAnySequenceOfLicenceChanges_tenant_neverOversellsAndTellsTheTruthToListeners() {
    qt().withExamples(200)
        .forAll(lists().of(ops()).ofSizeBetween(1, 30))
        .checkAssert(
            ops -> {
              GraphTenant t = GraphTenant.contoso();
              t.addSku(copyWithSeats(t.sku(ContosoTenant.ENTERPRISEPACK_ID), E3_SEATS));
              t.addSku(copyWithSeats(t.sku(ContosoTenant.POWER_BI_STANDARD_ID), BI_SEATS));
              Map<String, Boolean> lastEvent = new HashMap<>();
              t.addListener((upn, name, exchange) -> lastEvent.put(upn, exchange));
              for (int i = 0; i < USERS; i++) {
                t.create(
                    new GraphTenant.NewUser(upn(i), "P " + i, "p" + i, true, "US", "Pr0perty!pw"));
              }
              for (Op op : ops) {
                UUID sku =
                    op.e3() ? ContosoTenant.ENTERPRISEPACK_ID : ContosoTenant.POWER_BI_STANDARD_ID;
                List<UUID> disabled =
                    op.e3() && op.exchangeDisabled()
                        ? List.of(ContosoTenant.EXCHANGE_S_ENTERPRISE)
                        : List.of();
                try {
                  if (op.add()) {
                    t.assignLicense(
                        upn(op.user()),
                        List.of(new GraphTenant.LicenceAdd(sku, disabled)),
                        List.of());
                  } else {
                    t.assignLicense(upn(op.user()), List.of(), List.of(sku));
                  }
                } catch (GraphFault rejected) {
                  assertEquals(400, rejected.status);
                }
                assertTrue(t.consumedUnits(ContosoTenant.ENTERPRISEPACK_ID) <= E3_SEATS);
                assertTrue(t.consumedUnits(ContosoTenant.POWER_BI_STANDARD_ID) <= BI_SEATS);
              }
              for (int i = 0; i < USERS; i++) {
                EmulatedUser u = t.snapshot(upn(i)).orElseThrow();
                var e3 = u.licences().get(ContosoTenant.ENTERPRISEPACK_ID);
                boolean hasExchange =
                    e3 != null && !e3.contains(ContosoTenant.EXCHANGE_S_ENTERPRISE);
                assertEquals(hasExchange, lastEvent.getOrDefault(upn(i), false), upn(i));
              }
              long holders =
                  t.snapshots().stream()
                      .filter(u -> u.licences().containsKey(ContosoTenant.POWER_BI_STANDARD_ID))
                      .count();
              assertEquals(holders, t.consumedUnits(ContosoTenant.POWER_BI_STANDARD_ID));
            });
  }

  private static GraphTenant.Sku copyWithSeats(GraphTenant.Sku s, int seats) {
    return new GraphTenant.Sku(s.skuId, s.partNumber, s.plans, seats, s.subscriptionId);
  }
}
