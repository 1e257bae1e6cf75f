package io.exchangekit.adapter.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.license.AssignedLicense;
import io.exchangekit.core.license.LicensePlan;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.emulator.graph.ContosoTenant;
import io.exchangekit.emulator.graph.GraphEmulator;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes that Graph carried out but whose answer was lost (503): the retry must converge instead of
 * failing with "already exists" or "does not have a corresponding license".
 */
class LostResponseTest {

  private static final UserPrincipalName UPN = UserPrincipalName.of("lost@contoso.com");

  private GraphEmulator emulator;
  private CloudDirectoryPort port;

  @BeforeEach
  void start() {
    emulator = GraphEmulator.start();
    port = GraphDirectoryProvider.create(EmulatorSetup.config(emulator));
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private List<String> apply(DirectoryAction a) {
    return port.apply(new DirectoryPlan(List.of(a)));
  }

  @Test
  void givenLostAnswers_createAssignRemoveDelete_eachConvergesOnRetry() {
    emulator.loseNextResponses(1);
    apply(
        new DirectoryAction.CreateCloudUser(
            UPN,
            DisplayName.of("Lost"),
            Alias.of("lost"),
            UsageLocation.of("US"),
            Optional.empty()));
    assertEquals(
        1,
        emulator.users().stream().filter(u -> u.userPrincipalName().equals(UPN.value())).count());

    emulator.loseNextResponses(1);
    apply(
        new DirectoryAction.AssignLicenses(
            UPN,
            new LicensePlan(
                List.of(
                    new AssignedLicense(
                        ContosoTenant.ENTERPRISEPACK_ID, Set.of(ContosoTenant.SWAY))),
                Set.of())));
    assertEquals(
        Set.of(ContosoTenant.SWAY),
        emulator.user(UPN.value()).orElseThrow().licences().get(ContosoTenant.ENTERPRISEPACK_ID));

    emulator.loseNextResponses(1);
    apply(
        new DirectoryAction.AssignLicenses(
            UPN, new LicensePlan(List.of(), Set.of(ContosoTenant.ENTERPRISEPACK_ID))));
    assertTrue(emulator.user(UPN.value()).orElseThrow().licences().isEmpty());

    emulator.loseNextResponses(1);
    List<String> steps = apply(new DirectoryAction.DeleteCloudUser(UPN));
    assertEquals(1, steps.size());
    assertFalse(emulator.user(UPN.value()).isPresent());
    assertEquals(4, emulator.faultsInjected());
  }
}
