package io.exchangekit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.exchangekit.benchmarks.Workload.Op;
import io.exchangekit.embedded.EmulatorHost;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.emulator.exchange.FaultPlan;
import io.exchangekit.emulator.exchange.org.Organisation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A cmdlet hangs past the call timeout in one session, through the real stack. That session is
 * poisoned and replaced; the hung request is answered (timeLimitExceeded, outcome unknown), the
 * others succeed, and re-sending the hung one converges without applying anything twice.
 */
class CmdletHungDrillTest {
  private static final int USERS = 12;

  @Test
  void givenACmdletHungPastItsTimeout_handle_answersTimeLimitExceededAndReplacesTheSession() {
    Organisation organisation = Workload.organisation(USERS, USERS);
    // both emulators serve the same organisation; only the first session's Set-Mailbox hangs
    ExchangeEmulator hanging =
        EmulatedStack.exchange2016()
            .withOrganisation(organisation)
            .withFaults(FaultPlan.parse("hang:Set-Mailbox"))
            .withRunTimeout(Duration.ofSeconds(1));
    ExchangeEmulator healthy = EmulatedStack.exchange2016().withOrganisation(organisation);
    AtomicInteger opened = new AtomicInteger();
    Ledger ledger = new Ledger();
    try (EmulatedStack stack =
        EmulatedStack.over(
            healthy,
            EmulatedStack.options(2),
            () ->
                new EmulatorHost(
                    (opened.incrementAndGet() == 1 ? hanging : healthy)
                        .newDisconnectedSession()))) {
      List<List<String>> modifications = new java.util.ArrayList<>();
      for (int i = 0; i < USERS; i++) {
        modifications.add(List.of(Workload.request(Op.MODIFY, i, "h-" + i)));
      }
      Concurrently.run(
          2, modifications, request -> ledger.handle(request, stack.connector()::handle));
      // a timeout leaves the outcome unknown, so the library does not call it retryable: an
      // operator (or OpenIAM's retry) sends it again, and it must converge
      for (String id : ledger.failed()) {
        ledger.answered(stack.connector().handle(ledger.requests.get(id)));
      }
    }

    long hung =
        ledger.responses.values().stream()
            .flatMap(List::stream)
            .filter(r -> Responses.status(r).equals("FAILURE"))
            .count();
    assertEquals(1, hung, "exactly the one hung call failed");
    String failure =
        ledger.responses.values().stream()
            .flatMap(List::stream)
            .filter(r -> Responses.status(r).equals("FAILURE"))
            .findFirst()
            .orElseThrow();
    JsonNode f = Responses.read(failure);
    assertEquals("timeLimitExceeded", f.path("errorCode").asText(), failure);
    assertTrue(f.path("completedSteps").isEmpty(), failure);
    assertEquals(1, hanging.counters().sessionsOpened(), "the hanging session was not reused");
    assertTrue(opened.get() >= 2, "the poisoned session was replaced");
    ledger.assertEveryRequestSucceeded();
    assertEquals(USERS, healthy.counters().cmdletCalls("Set-Mailbox"), "each change applied once");
    Map<String, JsonNode> mailboxes = Organisations.mailboxes(organisation);
    for (int i = 0; i < USERS; i++) {
      assertTrue(mailboxes.get(Workload.user(i)).path("hiddenFromAddressListsEnabled").asBoolean());
    }
  }
}
