package io.exchangekit.connector;

import io.exchangekit.embedded.EmbeddedExchange;
import io.exchangekit.emulator.exchange.FaultPlan;
import java.util.List;

/**
 * The embedded emulators as the connector's default target (module exchange-embedded): an Exchange
 * Server organisation of the chosen version and Exchange Online sharing one organisation (the demo
 * organisation, or a saved state), and the loopback Graph emulator for the tenant.
 */
final class EmbeddedTarget {
  private static final int SESSIONS = 2;

  private EmbeddedTarget() {}

  static Target start(Options options) {
    EmbeddedExchange.Builder builder =
        EmbeddedExchange.builder()
            .version(options.emulatorVersion())
            .faults(FaultPlan.parse(options.emulatorFaults()))
            .mailboxProvisioningDelay(options.emulatorMailboxDelay())
            .sessions(SESSIONS);
    options.emulatorState().ifPresent(builder::stateFrom);
    options.emulatorSave().ifPresent(builder::saveTo);
    EmbeddedExchange exchange;
    try {
      exchange = builder.start();
    } catch (IllegalArgumentException e) {
      throw options.emulatorState().isPresent()
          ? new IllegalArgumentException("--emulator-state " + e.getMessage(), e)
          : e;
    }
    return new Target(exchange.useCases(), List.of(exchange), exchange.sessions());
  }
}
