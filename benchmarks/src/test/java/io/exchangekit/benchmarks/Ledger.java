package io.exchangekit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/** What a drill sent and what came back: every request by id, every response to it, in order. */
final class Ledger {
  final Map<String, String> requests = new LinkedHashMap<>();
  final Map<String, List<String>> responses = new ConcurrentHashMap<>();

  synchronized void sent(String request) {
    String id = Responses.read(request).path("requestId").asText();
    requests.put(id, request);
  }

  void answered(String response) {
    String id = Responses.requestId(response);
    responses.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(response);
  }

  /** Sends a request through {@code handler} and records both sides. */
  String handle(String request, UnaryOperator<String> handler) {
    sent(request);
    String response = handler.apply(request);
    answered(response);
    return response;
  }

  /**
   * Sends a request and, while its answer is a retryable FAILURE, sends it again (at most {@code
   * retries} times) before the caller moves on to the identity's next request, as OpenIAM does.
   */
  String handleInOrder(String request, UnaryOperator<String> handler, int retries) {
    String response = handle(request, handler);
    for (int i = 0; i < retries && isRetryableFailure(response); i++) {
      response = handler.apply(request);
      answered(response);
    }
    return response;
  }

  static boolean isRetryableFailure(String response) {
    JsonNode n = Responses.read(response);
    return n.path("status").asText().equals("FAILURE") && n.path("retryable").asBoolean();
  }

  /** The ids whose latest response is a FAILURE. */
  List<String> failed() {
    List<String> out = new ArrayList<>();
    responses.forEach(
        (id, list) -> {
          if (Responses.status(list.get(list.size() - 1)).equals("FAILURE")) {
            out.add(id);
          }
        });
    return out;
  }

  /** Every request answered, and its last answer SUCCESS. */
  void assertEveryRequestSucceeded() {
    assertEveryRequestEndedIn(java.util.Set.of("SUCCESS"));
  }

  /** Every request answered, and its last answer's status one of {@code statuses}. */
  void assertEveryRequestEndedIn(java.util.Set<String> statuses) {
    assertEquals(requests.keySet(), responses.keySet(), "every request has a response");
    responses.forEach(
        (id, list) -> {
          String last = list.get(list.size() - 1);
          assertTrue(statuses.contains(Responses.status(last)), id + ": " + last);
        });
  }

  /** Before the final SUCCESS, only retryable failures: no request had two different outcomes. */
  void assertOneOutcomeEach() {
    responses.forEach(
        (id, list) -> {
          for (String r : list.subList(0, list.size() - 1)) {
            JsonNode n = Responses.read(r);
            assertTrue(
                n.path("status").asText().equals("FAILURE") && n.path("retryable").asBoolean(),
                id + " had an outcome before its last one that was not a retryable failure: " + r);
          }
        });
  }
}
