package io.exchangekit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.openiam.OpenIamConnector;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.emulator.exchange.FaultPlan;
import io.exchangekit.emulator.graph.ContosoTenant;
import io.exchangekit.emulator.graph.EmulatedUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A throttling burst on Microsoft Graph while licences are assigned through the real stack
 * (OpenIamConnector over ExchangeUseCases over the Graph adapter, HTTPS to the Graph emulator): a
 * run of 429s longer than the retry budget, then a third of the writes throttled, and writes whose
 * responses are lost. Every request answered, each licence assigned once, the tenant as requested.
 * And Exchange's own throttling (micro delays with their warnings) during a batch.
 */
class ThrottlingDrillTest {
  private static final int USERS = 40;

  static String request(int i) {
    return "{\"requestId\":\"t-"
        + i
        + "\",\"operation\":\"SAVE\",\"objectType\":\"USER\",\"identityName\":\""
        + GraphBench.upn(i)
        + "\",\"attributes\":[{\"name\":\"ConnectorModeSettings\",\"values\":[\"{\\\"connectorScope"
        + "\\\":\\\"online\\\",\\\"newUserBehavior\\\":\\\"enable\\\"}\"]},{\"name\":"
        + "\"LicensesToAssignJson\",\"values\":[\"[{\\\"LicenseName\\\":\\\"contoso:ENTERPRISEPACK"
        + "\\\",\\\"DisabledPlans\\\":[\\\"SWAY\\\"]}]\"]}]}";
  }

  @Test
  void givenExchangeMicroDelays_handle_answersEveryRequestAndAppliesEachOnce() {
    int users = 20;
    ExchangeEmulator emulator =
        EmulatedStack.exchange2016()
            .withOrganisation(Workload.organisation(users, 0))
            .withFaults(FaultPlan.parse("micro-delay-every=2;micro-delay=20"));
    Ledger ledger = new Ledger();
    try (EmulatedStack stack = EmulatedStack.over(emulator, 2)) {
      Concurrently.run(
          2,
          Workload.lifeCycles(users, "md"),
          r -> ledger.handleInOrder(r, stack.connector()::handle, 2));
    }
    ledger.assertEveryRequestSucceeded();
    ledger.assertOneOutcomeEach();
    ledger.responses.values().stream()
        .flatMap(List::stream)
        .forEach(r -> assertTrue(!r.contains("Micro delay"), "throttling warnings stay out: " + r));
    assertEquals(users, emulator.counters().cmdletCalls("Enable-Mailbox"), "enabled once each");
    assertEquals(users, emulator.counters().cmdletCalls("Set-Mailbox"), "modified once each");
    assertEquals(2L * users, emulator.counters().cmdletCalls("Set-CASMailbox"), "suspend, resume");
    assertEquals(
        users, emulator.counters().cmdletCalls("Add-DistributionGroupMember"), "joined once each");
  }

  @Test
  void givenAThrottlingBurst_handle_answersEveryRequestAndAssignsEachLicenceOnce()
      throws Exception {
    Ledger ledger = new Ledger();
    try (GraphBench.Tenant tenant = new GraphBench.Tenant(USERS)) {
      OpenIamConnector connector = OpenIamConnector.of(tenant.useCases);
      int consumedBefore = tenant.graph.consumedUnits(ContosoTenant.ENTERPRISEPACK_ID);
      // warm up: token and SKU cache, so that the burst hits the writes
      String first = ledger.handleInOrder(request(0), connector::handle, 3);
      // PENDING: the licences are assigned, Exchange Online is creating the mailbox
      assertEquals("PENDING", Responses.status(first), first);

      tenant.graph.failNext(12, 429).throttleWrites(0.33, 7L);
      List<List<String>> batch = new ArrayList<>();
      for (int i = 1; i < USERS; i++) {
        batch.add(List.of(request(i)));
        if (i == USERS / 2) {
          tenant.graph.loseNextResponses(3);
        }
      }
      Concurrently.run(2, batch, r -> ledger.handleInOrder(r, connector::handle, 3));
      int throttled = tenant.graph.faultsInjected();
      tenant.graph.clearFaults();

      assertTrue(throttled >= 12, "the burst and the throttling happened: " + throttled);
      assertEquals(USERS, ledger.requests.size());
      ledger.assertEveryRequestEndedIn(Set.of("PENDING"));
      ledger.assertOneOutcomeEach();
      assertEquals(
          consumedBefore + USERS,
          tenant.graph.consumedUnits(ContosoTenant.ENTERPRISEPACK_ID),
          "one seat per user: no licence assigned twice");
      for (int i = 0; i < USERS; i++) {
        EmulatedUser u = tenant.graph.user(GraphBench.upn(i)).orElseThrow();
        Map<UUID, Set<UUID>> licences = u.licences();
        assertEquals(
            Map.of(ContosoTenant.ENTERPRISEPACK_ID, Set.of(ContosoTenant.SWAY)),
            licences,
            u.userPrincipalName());
      }
    }
  }
}
