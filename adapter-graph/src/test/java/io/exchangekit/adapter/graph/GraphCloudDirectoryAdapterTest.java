package io.exchangekit.adapter.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.license.LicensePlan;
import io.exchangekit.core.license.LicensePlanner;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.emulator.graph.ContosoTenant;
import io.exchangekit.emulator.graph.GraphEmulator;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import io.exchangekit.ports.spi.Backends;
import io.exchangekit.testfixtures.contract.CloudDirectoryPortContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The port contract on the Graph adapter, over HTTPS against the emulator with real msal4j token
 * acquisition.
 */
class GraphCloudDirectoryAdapterTest extends CloudDirectoryPortContract {

  private GraphEmulator emulator;

  @Override
  protected CloudDirectoryPort createPort() {
    emulator = GraphEmulator.start();
    return GraphDirectoryProvider.create(EmulatorSetup.config(emulator));
  }

  @Override
  protected void closePort() {
    emulator.close();
  }

  @Test
  void givenALicenceWithExchange_apply_tellsTheEmulatorsLicenceListener() {
    List<String> events = new ArrayList<>();
    emulator.onLicenceChange(
        (upn, name, exchange) -> events.add(upn + "|" + name + "|" + exchange));
    UserPrincipalName carol = UserPrincipalName.of(ContosoTenant.CAROL);
    LicensePlan e3 =
        LicensePlanner.plan(
            List.of(), List.of(selection("contoso:ENTERPRISEPACK")), port.subscribedSkus(), false);
    apply(
        new DirectoryAction.SetUsageLocation(carol, UsageLocation.of("US")),
        new DirectoryAction.AssignLicenses(carol, e3));
    assertEquals(List.of(ContosoTenant.CAROL + "|Carol Baker|true"), events);
  }

  @Test
  void givenACreation_render_showsTheRequestTheSdkWouldSendWithoutSendingIt() {
    int before = emulator.requestsPerRoute().values().stream().mapToInt(Integer::intValue).sum();

    List<PlannedStep> steps =
        port.render(
            new DirectoryPlan(
                List.of(
                    create("adele@contoso.com", "Adele Vance", "US"),
                    new DirectoryAction.DeleteCloudUser(
                        UserPrincipalName.of("adele@contoso.com")))));

    String base = emulator.graphBaseUrl().toString().replaceAll("/$", "");
    assertEquals("POST /users", steps.get(0).operation());
    assertTrue(steps.get(0).line().startsWith("POST " + base + "/users {"), steps.get(0).line());
    assertTrue(steps.get(0).line().contains("\"displayName\":\"Adele Vance\""));
    assertTrue(steps.get(0).line().contains("\"password\":\"****\""), steps.get(0).line());
    assertEquals("DELETE /users/{id}", steps.get(1).operation());
    assertEquals("DELETE " + base + "/users/adele%40contoso.com", steps.get(1).line());
    assertEquals(
        before,
        emulator.requestsPerRoute().values().stream().mapToInt(Integer::intValue).sum(),
        "rendering sent a request");
  }

  @Test
  void givenTheClassPath_serviceLoader_findsTheGraphProvider() {
    assertEquals(
        GraphDirectoryProvider.NAME,
        Backends.cloudDirectory(Optional.empty(), getClass().getClassLoader()).name());
  }

  @Test
  void givenRepeatedPlans_subscribedSkus_isReadOncePerCachePeriod() {
    for (int i = 0; i < 5; i++) {
      port.subscribedSkus();
      apply(new DirectoryAction.SetSignIn(UserPrincipalName.of(ContosoTenant.CAROL), true));
    }
    assertEquals(1, emulator.subscribedSkusCalls());
    assertTrue(emulator.tokensIssued() <= 1);
  }
}
