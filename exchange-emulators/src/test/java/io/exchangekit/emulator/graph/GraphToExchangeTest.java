package io.exchangekit.emulator.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.LicensePlanner;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.license.ServicePlanName;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The licence hook wired as the connector wires it: Graph licences drive Exchange mailboxes. */
class GraphToExchangeTest {

  private static final UserPrincipalName UPN = UserPrincipalName.of("nestor@contoso.com");

  private static DirectoryAction assign(CloudDirectoryPort port, LicenseSelection... wanted) {
    List<LicenseSelection> list = List.of(wanted);
    var current = port.findUser(UPN).map(CloudUser::licenses).orElse(List.of());
    return new DirectoryAction.AssignLicenses(
        UPN, LicensePlanner.plan(current, list, port.subscribedSkus(list), false));
  }

  @Test
  void givenTheHookWired_exchangePlanOnAndOff_mailboxAppearsAndGoes() {
    ExchangeEmulator exchange =
        ExchangeEmulator.forVersion(ExchangeVersion.ONLINE)
            .withMailboxProvisioningDelay(Duration.ZERO);
    try (GraphEmulator graph = GraphEmulator.start()) {
      graph.onLicenceChange(exchange::licenceChanged);
      CloudDirectoryPort port = InMemoryCloudDirectory.of(graph);
      port.apply(
          new DirectoryPlan(
              List.of(
                  new DirectoryAction.CreateCloudUser(
                      UPN,
                      DisplayName.of("Nestor Wilke"),
                      Alias.of("nestor"),
                      UsageLocation.of("US"),
                      Optional.empty()))));
      assertFalse(exchange.organisation().hasUser(UPN.value()));

      LicenseSelection bi =
          new LicenseSelection(AccountSkuId.parse("contoso:POWER_BI_STANDARD"), Set.of());
      port.apply(new DirectoryPlan(List.of(assign(port, bi))));
      assertFalse(exchange.organisation().hasMailbox(UPN.value()), "Power BI has no mailbox plan");

      LicenseSelection e3 =
          new LicenseSelection(AccountSkuId.parse("contoso:ENTERPRISEPACK"), Set.of());
      port.apply(new DirectoryPlan(List.of(assign(port, e3))));
      assertTrue(exchange.organisation().hasMailbox(UPN.value()));

      LicenseSelection e3WithoutExchange =
          new LicenseSelection(
              AccountSkuId.parse("contoso:ENTERPRISEPACK"),
              Set.of(ServicePlanName.of("EXCHANGE_S_ENTERPRISE")));
      port.apply(new DirectoryPlan(List.of(assign(port, e3WithoutExchange))));
      assertFalse(exchange.organisation().hasMailbox(UPN.value()));

      port.apply(new DirectoryPlan(List.of(assign(port, e3))));
      assertTrue(exchange.organisation().hasMailbox(UPN.value()));
      port.apply(new DirectoryPlan(List.of(new DirectoryAction.DeleteCloudUser(UPN))));
      assertFalse(exchange.organisation().hasMailbox(UPN.value()));
      assertEquals(0, graph.listenerFailures());
    }
  }
}
