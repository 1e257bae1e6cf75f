package io.exchangekit.adapter.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.LicensePlanner;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.license.ServicePlanName;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.emulator.graph.ContosoTenant;
import io.exchangekit.emulator.graph.GraphEmulator;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One port shared by several threads: one token, one catalog read, every user complete. */
class ConcurrencyTest {

  private static final int THREADS = 4;
  private static final int USERS_PER_THREAD = 5;

  @Test
  void givenFourThreadsSharingThePort_provisioning_completesEveryUserWithOneTokenAndOneSkuRead()
      throws Exception {
    List<LicenseSelection> wanted =
        List.of(
            new LicenseSelection(
                AccountSkuId.parse("contoso:ENTERPRISEPACK"), Set.of(ServicePlanName.of("SWAY"))),
            new LicenseSelection(AccountSkuId.parse("contoso:POWER_BI_STANDARD"), Set.of()));
    try (GraphEmulator emulator = GraphEmulator.start()) {
      emulator.throttleWrites(0.2, 4711).retryAfter(Duration.ofMillis(10));
      CloudDirectoryPort port = GraphDirectoryProvider.create(EmulatorSetup.config(emulator));
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          done.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < USERS_PER_THREAD; i++) {
                      UserPrincipalName upn =
                          UserPrincipalName.of("t" + thread + "u" + i + "@contoso.com");
                      port.apply(
                          new DirectoryPlan(
                              List.of(
                                  new DirectoryAction.CreateCloudUser(
                                      upn,
                                      DisplayName.of("T" + thread + " U" + i),
                                      Alias.of("t" + thread + "u" + i),
                                      UsageLocation.of("CH"),
                                      Optional.empty()),
                                  new DirectoryAction.AssignLicenses(
                                      upn,
                                      LicensePlanner.plan(
                                          List.of(),
                                          wanted,
                                          port.subscribedSkus(wanted),
                                          false)))));
                    }
                    return null;
                  }));
        }
        for (Future<?> f : done) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
      for (int t = 0; t < THREADS; t++) {
        for (int i = 0; i < USERS_PER_THREAD; i++) {
          assertEquals(
              Map.of(
                  ContosoTenant.ENTERPRISEPACK_ID,
                  Set.of(ContosoTenant.SWAY),
                  ContosoTenant.POWER_BI_STANDARD_ID,
                  Set.of()),
              emulator.user("t" + t + "u" + i + "@contoso.com").orElseThrow().licences());
        }
      }
      assertEquals(1, emulator.tokensIssued());
      assertEquals(1, emulator.subscribedSkusCalls());
      assertEquals(
          THREADS * USERS_PER_THREAD, emulator.consumedUnits(ContosoTenant.ENTERPRISEPACK_ID));
    }
  }
}
