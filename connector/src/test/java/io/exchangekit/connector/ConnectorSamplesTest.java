package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped samples, end to end through the connector's command line, the OpenIAM adapter, the
 * real PowerShell and Graph adapters and the embedded emulators: every mode and operation of the
 * seed, in one run that shares the emulators' state.
 */
class ConnectorSamplesTest {
  private static ConnectorRun run;

  @BeforeAll
  static void runTheSamples() throws IOException {
    run =
        ConnectorRun.of(
            "",
            SampleExpectations.sampleFiles().stream().map(Path::toString).toArray(String[]::new));
  }

  @Test
  void givenTheSamples_run_answersEachRequestOnceWithItsExpectedOutcome() {
    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals(
        SampleExpectations.expected(), SampleExpectations.outcomes(run.responses()), run.output());
    assertTrue(run.stderr().contains("embedded emulators"), "says which target it uses");
  }

  @Test
  void givenTheSeedsOnlineExample_firstSave_isPendingAndListsTheMailboxSettings() {
    JsonNode r = run.response("oc-1");
    assertEquals(List.of("RoleAssignmentPolicy"), texts(r.path("pending")));
    assertTrue(texts(r.path("warnings")).stream().anyMatch(w -> w.startsWith("Database")));
  }

  @Test
  void givenTheMailboxAccessSample_delegates_areGrantedOnceAndOneIsRevoked() {
    List<String> created = texts(run.response("ma-1").path("completedSteps"));
    assertEquals(
        2,
        created.stream().filter(s -> s.contains("Add-MailboxPermission")).count(),
        created.toString());
    assertTrue(created.stream().anyMatch(s -> s.contains("Add-ADPermission")), created.toString());
    assertEquals(List.of(), texts(run.response("ma-2").path("completedSteps")));
    List<String> revoked = texts(run.response("ma-3").path("completedSteps"));
    assertEquals(1, revoked.size(), revoked.toString());
    assertTrue(revoked.get(0).contains("Remove-MailboxPermission"), revoked.toString());
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
    for (String secret : SampleExpectations.SECRETS) {
      assertFalse(all.contains(secret), secret);
    }
  }

  static List<String> texts(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText)
        .toList();
  }
}
