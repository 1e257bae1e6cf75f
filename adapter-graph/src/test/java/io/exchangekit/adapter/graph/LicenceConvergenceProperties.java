package io.exchangekit.adapter.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.AssignedLicense;
import io.exchangekit.core.license.LicensePlan;
import io.exchangekit.core.license.LicensePlanner;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.license.ServicePlan;
import io.exchangekit.core.license.ServicePlanName;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.license.SubscribedSku;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.emulator.graph.GraphEmulator;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Whatever LicensesToAssignJson asks, one pass through the Graph adapter gets the user exactly
 * there, and planning again afterwards finds nothing left to send.
 */
class LicenceConvergenceProperties {

  private static final UserPrincipalName UPN = UserPrincipalName.of("prop@contoso.com");

  private static GraphEmulator emulator;
  private static CloudDirectoryPort port;
  private static SkuCatalog catalog;

  @BeforeAll
  static void start() {
    emulator = GraphEmulator.start();
    port = GraphDirectoryProvider.create(EmulatorSetup.config(emulator));
    port.apply(
        new DirectoryPlan(
            List.of(
                new DirectoryAction.CreateCloudUser(
                    UPN,
                    DisplayName.of("Prop"),
                    Alias.of("prop"),
                    UsageLocation.of("NL"),
                    Optional.empty()))));
    catalog = port.subscribedSkus();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  /** Each SKU of the catalog in or out, with any subset of its plans disabled. */
  private static Gen<List<LicenseSelection>> selections() {
    Gen<List<LicenseSelection>> result = integers().between(0, 0).map(x -> List.of());
    for (SubscribedSku sku : catalog.skus()) {
      int n = sku.servicePlans().size();
      Gen<LicenseSelection> one =
          lists()
              .of(integers().between(0, n - 1))
              .ofSizeBetween(0, Math.min(n, 6))
              .map(
                  idx ->
                      new LicenseSelection(
                          new AccountSkuId("contoso", sku.skuPartNumber()),
                          idx.stream()
                              .map(i -> ServicePlanName.of(sku.servicePlans().get(i).name()))
                              .collect(Collectors.toSet())));
      result =
          result.zip(
              booleans().all().zip(one, (keep, s) -> keep ? s : null),
              (list, s) -> {
                List<LicenseSelection> c = new ArrayList<>(list);
                if (s != null) {
                  c.add(s);
                }
                return c;
              });
    }
    return result;
  }

  @Test
  void givenAnyLicenceRequest_oneApply_reachesItAndReplanningFindsNothing() {
    qt().withExamples(40)
        .forAll(selections(), booleans().all())
        .checkAssert(
            (wanted, removeUnlisted) -> {
              List<AssignedLicense> before = port.findUser(UPN).orElseThrow().licenses();
              LicensePlan plan =
                  LicensePlanner.plan(before, wanted, port.subscribedSkus(wanted), removeUnlisted);
              if (!plan.isEmpty()) {
                port.apply(
                    new DirectoryPlan(List.of(new DirectoryAction.AssignLicenses(UPN, plan))));
              }
              CloudUser after = port.findUser(UPN).orElseThrow();
              Map<UUID, Set<UUID>> held =
                  after.licenses().stream()
                      .collect(
                          Collectors.toMap(AssignedLicense::skuId, AssignedLicense::disabledPlans));
              for (LicenseSelection s : wanted) {
                SubscribedSku sku = catalog.find(s.sku()).orElseThrow();
                Set<UUID> disabled =
                    sku.servicePlans().stream()
                        .filter(p -> s.disabledPlans().contains(ServicePlanName.of(p.name())))
                        .map(ServicePlan::id)
                        .collect(Collectors.toSet());
                assertEquals(disabled, held.get(sku.skuId()), s.toString());
              }
              Set<UUID> wantedIds =
                  wanted.stream()
                      .map(s -> catalog.find(s.sku()).orElseThrow().skuId())
                      .collect(Collectors.toSet());
              for (AssignedLicense b : before) {
                if (!wantedIds.contains(b.skuId())) {
                  assertEquals(!removeUnlisted, held.containsKey(b.skuId()));
                }
              }
              assertTrue(
                  LicensePlanner.plan(after.licenses(), wanted, catalog, removeUnlisted).isEmpty());
            });
    assertEquals(1, emulator.subscribedSkusCalls());
  }
}
