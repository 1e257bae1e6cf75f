package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped samples, end to end through the connector's command line, the OpenIAM adapter, the
 * real PowerShell and Graph adapters and the embedded emulators: every mode and operation of the
 * seed, in one run that shares the emulators' state.
 */
class ConnectorSamplesTest {
  static final Path SAMPLES = Path.of("..", "samples", "requests");
  private static ConnectorRun run;

  static String[] sampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files
          .filter(f -> f.toString().endsWith(".jsonl"))
          .sorted()
          .map(Path::toString)
          .toArray(String[]::new);
    }
  }

  @BeforeAll
  static void runTheSamples() throws IOException {
    run = ConnectorRun.of("", sampleFiles());
  }

  /** The expected status and error code of every sample request. */
  static Map<String, String> expected() {
    Map<String, String> e = new LinkedHashMap<>();
    for (String ok :
        List.of(
            "pe-1", "pe-2", "pe-2b", "pe-3", "pe-4", "pe-5", "pe-6", "pe-7", "pe-8", "pc-1", "pc-2",
            "pc-3", "pc-4", "pc-5", "pc-6", "pc-7", "oc-2", "oc-3", "oc-4", "oc-5", "oc-6", "oe-2",
            "oe-3", "g-1", "g-2", "g-3", "g-5", "s-1", "s-2", "s-3")) {
      e.put(ok, "SUCCESS");
    }
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

  @Test
  void givenTheSamples_run_answersEachRequestOnceWithItsExpectedOutcome() {
    assertEquals(0, run.exitCode(), run.stderr());
    Map<String, String> actual = new LinkedHashMap<>();
    for (JsonNode r : run.responses()) {
      String code = r.path("errorCode").isNull() ? "" : " " + r.path("errorCode").asText();
      actual.put(r.path("requestId").asText("null"), r.path("status").asText() + code);
    }
    assertEquals(expected(), actual, run.output());
    assertTrue(run.stderr().contains("embedded emulators"), "says which target it uses");
  }

  @Test
  void givenTheSeedsOnlineExample_firstSave_isPendingAndListsTheMailboxSettings() {
    JsonNode r = run.response("oc-1");
    assertEquals(List.of("RoleAssignmentPolicy"), texts(r.path("pending")));
    assertTrue(texts(r.path("warnings")).stream().anyMatch(w -> w.startsWith("Database")));
  }

  @Test
  void givenModeIrrelevantParameters_save_warnsAndStillSucceeds() {
    assertTrue(
        texts(run.response("pe-2").path("warnings")).stream()
            .anyMatch(w -> w.startsWith("UsageLocation") && w.contains("online")));
  }

  @Test
  void givenManyViolations_save_reportsEveryOneNamingItsParameter() {
    List<String> messages = texts(run.response("b-2").path("errorMessages"));
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("Name")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("Initials")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("UsageLocation")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("Password")), messages.toString());
  }

  @Test
  void givenASearch_run_returnsTheRequestedAttributesWithNullWhereAbsent() {
    JsonNode objects = run.response("s-1").path("objects");
    assertTrue(objects.size() >= 3, objects.toString());
    for (JsonNode o : objects) {
      assertTrue(o.path("attributes").has("CustomAttribute1"), o.toString());
      assertTrue(o.path("attributes").path("DisplayName").isArray(), o.toString());
    }
  }

  @Test
  void givenPasswordsInTheRequests_output_neverShowsThem() {
    String all = run.output() + run.stderr();
    for (String secret : List.of("Initial-Pa55word!", "Changed-Pa55word!", "not-a-real-password")) {
      assertFalse(all.contains(secret), secret);
    }
  }

  static List<String> texts(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText)
        .toList();
  }
}
