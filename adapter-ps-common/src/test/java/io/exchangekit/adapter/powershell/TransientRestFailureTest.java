package io.exchangekit.adapter.powershell;

import static io.exchangekit.adapter.powershell.CapturedErrorRecordsTest.captured;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.Step;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Exchange Online's transient REST failure (captured: office-docs-powershell#10972) is retried by
 * the reads and by the command runner, and reported as retryable when it persists.
 */
class TransientRestFailureTest {
  private static final String REST_500 = find("exo-rest-500-transient").path("message").asText();

  private static JsonNode find(String id) {
    for (JsonNode c : captured("errors.json")) {
      if (c.path("id").asText().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException(id);
  }

  private static PsProcess.Output failure(String nonce, int completed) {
    ObjectNode o = Envelope.JSON.createObjectNode();
    o.put("n", nonce).put("ok", false).put("k", completed).putObject("d");
    o.put("reason", "").put("fqid", "").put("message", REST_500).put("category", "NotSpecified");
    return new PsProcess.Output(PsProcess.Status.ANSWERED, o.toString());
  }

  private static PowerShellBackend backend(AtomicInteger calls, int failures) {
    return PowerShellBackend.open(
        InProcessPowerShell.options(1),
        new ConnectionRecipe("$r='CONNECT'", List.of(), "", t -> ExchangeVersion.ONLINE, "fake"),
        () ->
            FakePowerShell.connectingThen(
                (line, nonce) ->
                    calls.incrementAndGet() <= failures
                        ? failure(nonce, 0)
                        : FakePowerShell.ok(
                            nonce, line.contains("Get-") ? "[]" : "{\"r0\":[],\"r1\":[]}")));
  }

  private static ExchangePlan plan() {
    return new ExchangePlan(
        List.of(
            ExchangeCommand.of("Set-Mailbox", "one").text("Identity", "a").build(),
            ExchangeCommand.of("Set-User", "two").text("Identity", "a").build()));
  }

  @Test
  void givenTransientRestFailure_run_retriesAndCompletes() {
    AtomicInteger calls = new AtomicInteger();
    try (PowerShellBackend b = backend(calls, 1)) {
      List<Step.Exchange> done = b.backend().commands().run(plan());
      assertEquals(2, done.size());
      assertEquals(2, calls.get());
    }
  }

  @Test
  void givenTransientRestFailure_read_retriesAndAnswers() {
    AtomicInteger calls = new AtomicInteger();
    try (PowerShellBackend b = backend(calls, 1)) {
      assertTrue(b.backend().state().loadGroup(RecipientIdentity.of("sales")).isEmpty());
      assertEquals(2, calls.get());
    }
  }

  @Test
  void givenPersistentRestFailure_run_endsRetryable() {
    AtomicInteger calls = new AtomicInteger();
    try (PowerShellBackend b = backend(calls, Integer.MAX_VALUE)) {
      ServiceUnavailableException e =
          assertThrows(ServiceUnavailableException.class, () -> b.backend().commands().run(plan()));
      assertTrue(e.isRetryable());
      assertTrue(e.getMessage().contains("HttpStatusCode=500"), e.getMessage());
      assertTrue(calls.get() > 2);
    }
  }
}
