package io.exchangekit.testfixtures.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.emulator.graph.ContosoTenant;
import io.exchangekit.emulator.graph.GraphEmulator;
import io.exchangekit.emulator.graph.InMemoryCloudDirectory;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The port contract on the in-memory directory, and its sharing of an emulator's tenant. */
class InMemoryCloudDirectoryTest extends CloudDirectoryPortContract {

  @Override
  protected CloudDirectoryPort createPort() {
    return new InMemoryCloudDirectory();
  }

  @Test
  void givenAnEmulator_directoryOfIt_sharesUsersAndTellsLicenceListeners() {
    try (GraphEmulator emulator = GraphEmulator.start()) {
      List<String> events = new ArrayList<>();
      emulator.onLicenceChange((upn, name, exchange) -> events.add(upn + " " + exchange));
      CloudDirectoryPort shared = InMemoryCloudDirectory.of(emulator);
      UserPrincipalName carol = UserPrincipalName.of(ContosoTenant.CAROL);
      shared.apply(
          new DirectoryPlan(
              List.of(
                  new DirectoryAction.SetUsageLocation(carol, UsageLocation.of("US")),
                  new DirectoryAction.AssignLicenses(carol, planFor(shared, carol)))));
      assertEquals(List.of(ContosoTenant.CAROL + " true"), events);
      assertEquals(1, emulator.consumedUnits(ContosoTenant.ENTERPRISEPACK_ID));
    }
  }

  private static io.exchangekit.core.license.LicensePlan planFor(
      CloudDirectoryPort port, UserPrincipalName upn) {
    return io.exchangekit.core.license.LicensePlanner.plan(
        List.of(), List.of(selection("contoso:ENTERPRISEPACK")), port.subscribedSkus(), false);
  }
}
