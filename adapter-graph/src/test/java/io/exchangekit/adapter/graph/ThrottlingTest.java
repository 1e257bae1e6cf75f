package io.exchangekit.adapter.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** With a fifth of all writes answered 429, every user and licence still arrives. */
class ThrottlingTest {

  private static final int USERS = 24;
  private static final Duration SKU_TTL = Duration.ofMinutes(1);
  private static final Duration BETWEEN_USERS = Duration.ofSeconds(20);

  private static final List<LicenseSelection> SEED_EXAMPLE =
      List.of(
          new LicenseSelection(
              AccountSkuId.parse("contoso:ENTERPRISEPACK"),
              Set.of(ServicePlanName.of("SWAY"), ServicePlanName.of("FLOW_O365_P2"))),
          new LicenseSelection(
              AccountSkuId.parse("contoso:POWER_BI_STANDARD"),
              Set.of(ServicePlanName.of("BI_AZURE_P0"))));

  @Test
  void
      given20PercentOfWritesThrottled_provisioningManyUsers_losesNothingAndReadsSkusOncePerPeriod() {
    try (GraphEmulator emulator = GraphEmulator.start()) {
      emulator.throttleWrites(0.2, 20261127L).retryAfter(Duration.ofMillis(20));
      SkuCatalogCacheTest.ManualClock clock = new SkuCatalogCacheTest.ManualClock();
      GraphWiring.Parts parts =
          GraphWiring.parts(
              EmulatorSetup.config(emulator).withSkuCacheTtl(SKU_TTL),
              d -> Thread.sleep(d.toMillis()),
              clock);
      CloudDirectoryPort port = new GraphCloudDirectoryAdapter(parts.client());

      for (int i = 0; i < USERS; i++) {
        UserPrincipalName upn = UserPrincipalName.of("user" + i + "@contoso.com");
        var licences =
            LicensePlanner.plan(List.of(), SEED_EXAMPLE, port.subscribedSkus(SEED_EXAMPLE), false);
        List<String> steps =
            port.apply(
                new DirectoryPlan(
                    List.of(
                        new DirectoryAction.CreateCloudUser(
                            upn,
                            DisplayName.of("User " + i),
                            Alias.of("user" + i),
                            UsageLocation.of("DE"),
                            Optional.empty()),
                        new DirectoryAction.AssignLicenses(upn, licences),
                        new DirectoryAction.SetSignIn(upn, i % 2 == 0))));
        assertEquals(3, steps.size());
        clock.now = clock.now.plus(BETWEEN_USERS);
      }

      for (int i = 0; i < USERS; i++) {
        var u = emulator.user("user" + i + "@contoso.com").orElseThrow();
        assertEquals(
            Map.of(
                ContosoTenant.ENTERPRISEPACK_ID,
                Set.of(ContosoTenant.SWAY, ContosoTenant.FLOW_O365_P2),
                ContosoTenant.POWER_BI_STANDARD_ID,
                Set.of(ContosoTenant.BI_AZURE_P0)),
            u.licences());
        assertEquals(i % 2 == 0, u.accountEnabled());
      }
      assertEquals(USERS + 1, emulator.users().size());
      assertEquals(USERS, emulator.consumedUnits(ContosoTenant.ENTERPRISEPACK_ID));
      assertTrue(emulator.faultsInjected() > 0, "the emulator throttled nothing");
      assertEquals(emulator.faultsInjected(), parts.calls().retries());
      long periods = BETWEEN_USERS.multipliedBy(USERS - 1).toSeconds() / SKU_TTL.toSeconds() + 1;
      assertEquals(periods, emulator.subscribedSkusCalls());
      assertEquals(1, emulator.tokensIssued());
      System.out.printf(
          "throttling: %d users over %d SKU cache periods, %d writes answered 429, %d retries,"
              + " %d subscribedSkus calls, %d tokens, requests %s%n",
          USERS,
          periods,
          emulator.faultsInjected(),
          parts.calls().retries(),
          emulator.subscribedSkusCalls(),
          emulator.tokensIssued(),
          emulator.requestsPerRoute());
    }
  }
}
