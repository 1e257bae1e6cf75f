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

/**
 * What a drill sent and what came back: every request by id, every response to it. Retryable
 * failures are sent again, as OpenIAM does, until they succeed or a bound is reached.
 */
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

  /** The ids whose latest response is a retryable FAILURE. */
  List<String> retryable() {
    List<String> out = new ArrayList<>();
    responses.forEach(
        (id, list) -> {
          JsonNode last = Responses.read(list.get(list.size() - 1));
          if (last.path("status").asText().equals("FAILURE")
              && last.path("retryable").asBoolean()) {
            out.add(id);
          }
        });
    return out;
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

  /** Sends every retryable failure again, up to {@code rounds} times. */
  void resendRetryable(UnaryOperator<String> handler, int rounds) {
    for (int i = 0; i < rounds; i++) {
      List<String> again = retryable();
      if (again.isEmpty()) {
        return;
      }
      for (String id : again) {
        answered(handler.apply(requests.get(id)));
      }
    }
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

  int resent() {
    return responses.values().stream().mapToInt(l -> l.size() - 1).sum();
  }
}
