package io.exchangekit.adapter.graph;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.emulator.graph.ContosoTenant;
import io.exchangekit.emulator.graph.GraphEmulator;
import org.junit.jupiter.api.Test;

/** When nothing answers, the failure is retryable "service unavailable", not a login error. */
class UnreachableTest {

  private static final UserPrincipalName CAROL = UserPrincipalName.of(ContosoTenant.CAROL);

  @Test
  void givenTheIdentityPlatformDown_findUser_failsWithServiceUnavailable() {
    GraphEmulator emulator = GraphEmulator.start();
    GraphDirectoryConfig config = EmulatorSetup.config(emulator);
    emulator.close();
    ServiceUnavailableException e =
        assertThrows(
            ServiceUnavailableException.class,
            () -> GraphWiring.parts(config).client().findUser(CAROL));
    assertTrue(e.isRetryable());
  }

  @Test
  void givenGraphDownAfterSignIn_findUser_failsWithServiceUnavailable() {
    GraphEmulator emulator = GraphEmulator.start();
    GraphDirectoryClient client = GraphWiring.parts(EmulatorSetup.config(emulator)).client();
    client.findUser(CAROL);
    emulator.close();
    ServiceUnavailableException e =
        assertThrows(ServiceUnavailableException.class, () -> client.findUser(CAROL));
    assertTrue(e.isRetryable());
  }
}
