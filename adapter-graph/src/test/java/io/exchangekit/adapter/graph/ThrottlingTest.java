package io.exchangekit.adapter.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.LicensePlanner;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.license.ServicePlanName;
import io.exchangekit.core.plan.DirectoryAction.CreateCloudUser;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.testfixtures.graph.ContosoTenant;
import io.exchangekit.testfixtures.graph.GraphEmulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** With a fifth of all writes answered 429, every user and licence still arrives. */
class ThrottlingTest {

  private static final int USERS = 20;

  @Test
  void given20PercentOfWritesThrottled_provisioningManyUsers_losesNothingAndReadsSkusOnce() {
    try (GraphEmulator emulator = GraphEmulator.start()) {
      emulator.throttleWrites(0.2, 20261127L).retryAfter(Duration.ofMillis(20));
      GraphWiring.Parts parts = GraphWiring.parts(EmulatorSetup.config(emulator));
      GraphDirectoryClient client = parts.client();
      List<LicenseSelection> wanted =
          List.of(
              new LicenseSelection(
                  AccountSkuId.parse("contoso:ENTERPRISEPACK"),
                  Set.of(ServicePlanName.of("SWAY"), ServicePlanName.of("FLOW_O365_P2"))),
              new LicenseSelection(
                  AccountSkuId.parse("contoso:POWER_BI_STANDARD"),
                  Set.of(ServicePlanName.of("BI_AZURE_P0"))));
      for (int i = 0; i < USERS; i++) {
        UserPrincipalName upn = UserPrincipalName.of("user" + i + "@contoso.com");
        client.createUser(
            new CreateCloudUser(
                upn,
                DisplayName.of("User " + i),
                Alias.of("user" + i),
                UsageLocation.of("DE"),
                Optional.empty()));
        var current = client.findUser(upn).orElseThrow().licenses();
        client.assignLicenses(
            upn, LicensePlanner.plan(current, wanted, client.subscribedSkus(), false));
        client.setSignIn(upn, i % 2 == 0);
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
      assertEquals(1, emulator.subscribedSkusCalls());
      assertEquals(1, emulator.tokensIssued());
      System.out.printf(
          "throttling: %d users, %d writes answered 429, %d retries, %d subscribedSkus calls,"
              + " %d tokens, requests %s%n",
          USERS,
          emulator.faultsInjected(),
          parts.calls().retries(),
          emulator.subscribedSkusCalls(),
          emulator.tokensIssued(),
          emulator.requestsPerRoute());
    }
  }
}
