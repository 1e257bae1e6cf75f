package io.exchangekit.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the shipped samples ({@code samples/requests}, see its README) must answer, shared by the
 * in-process run and the run of the built jar.
 */
final class SampleExpectations {
  /** The samples, relative to the connector module (the tests' working directory). */
  static final Path SAMPLES = Path.of("..", "samples", "requests");

  /** The passwords the samples send, which no output may show. */
  static final List<String> SECRETS =
      List.of("Initial-Pa55word!", "Changed-Pa55word!", "not-a-real-password");

  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleExpectations() {}

  /** The sample files in the order they run (they share the emulators' state). */
  static List<Path> sampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  /** The expected status and error code of every sample request, by request id. */
  static Map<String, String> expected() {
    Map<String, String> e = new LinkedHashMap<>();
    for (String ok :
        List.of(
            "pe-1", "pe-2", "pe-2b", "pe-3", "pe-4", "pe-5", "pe-6", "pe-7", "pe-8", "pc-1", "pc-2",
            "pc-3", "pc-4", "pc-5", "pc-6", "pc-7", "oc-2", "oc-3", "oc-4", "oc-5", "oc-6", "oe-2",
            "oe-3", "g-1", "g-2", "g-3", "g-5", "s-1", "s-2", "s-3", "ma-1", "ma-2", "ma-3", "ma-4",
            "ma-5")) {
      e.put(ok, "SUCCESS");
    }
    // hybrid: the user's licences wait for the directory synchronisation
    for (String ok : List.of("h-2", "h-3", "h-4", "h-5", "h-6", "h-7", "h-8")) {
      e.put(ok, "SUCCESS");
    }
    e.put("h-1", "PENDING");
    e.put("oc-1", "PENDING");
    e.put("oe-1", "PENDING");
    e.put("g-4", "FAILURE noSuchObject");
    e.put("s-4", "FAILURE unsupportedOperation");
    e.put("b-1", "FAILURE invalidAttribute");
    e.put("b-2", "FAILURE invalidAttribute");
    e.put("b-3", "FAILURE unsupportedOperation");
    e.put("b-4", "FAILURE invalidAttribute");
    e.put("b-5", "FAILURE invalidAttribute");
    e.put("null", "FAILURE malformedRequest");
    return e;
  }

  /**
   * The expected outcomes of the requests of one sample file, in its order; a request without an
   * expectation fails, so that a new sample cannot go unchecked.
   */
  static Map<String, String> expectedFor(Path file) throws IOException {
    Map<String, String> all = expected();
    Map<String, String> e = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      RequestSplitter requests = new RequestSplitter(in);
      while (requests.hasNext()) {
        String id = requestId(requests.next());
        if (!all.containsKey(id)) {
          throw new AssertionError("no expected outcome for request " + id + " of " + file);
        }
        e.put(id, all.get(id));
      }
    }
    return e;
  }

  private static String requestId(String request) {
    try {
      return JSON.readTree(request).path("requestId").asText("null");
    } catch (IOException e) {
      return "null"; // not JSON: its response has no request id
    }
  }

  /**
   * The outcome of each response in the form of {@link #expected()}; a request id answered twice
   * fails, since every request gets exactly one response.
   */
  static Map<String, String> outcomes(List<JsonNode> responses) {
    Map<String, String> actual = new LinkedHashMap<>();
    for (JsonNode r : responses) {
      String code = r.path("errorCode").isNull() ? "" : " " + r.path("errorCode").asText();
      String id = r.path("requestId").asText("null");
      if (actual.put(id, r.path("status").asText() + code) != null) {
        throw new AssertionError("request " + id + " answered twice: " + responses);
      }
    }
    return actual;
  }
}
