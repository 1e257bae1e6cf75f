package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorRunTest {
  static final String OC =
      "{\\\"connectorScope\\\":\\\"online\\\",\\\"newUserBehavior\\\":\\\"create\\\"}";

  static String onlineSave(String id, String upn) {
    return "{\"requestId\":\""
        + id
        + "\",\"operation\":\"SAVE\",\"objectType\":\"USER\",\"identityName\":\""
        + upn
        + "\",\"attributes\":[{\"name\":\"ConnectorModeSettings\",\"values\":[\""
        + OC
        + "\"]},{\"name\":\"DisplayName\",\"values\":[\"Pat Example\"]},"
        + "{\"name\":\"UsageLocation\",\"values\":[\"DE\"]},"
        + "{\"name\":\"HiddenFromAddressListsEnabled\",\"values\":[\"True\"]},"
        + "{\"name\":\"LicensesToAssignJson\",\"values\":[\"[{\\\"LicenseName\\\":\\\"contoso:ENTERPRISEPACK\\\",\\\"DisabledPlans\\\":[]}]\"]}]}";
  }

  static String premiseCreate(String id, String upn, String password) {
    return "{\"requestId\":\""
        + id
        + "\",\"operation\":\"SAVE\",\"objectType\":\"USER\",\"identityName\":\""
        + upn
        + "\",\"metaData\":{\"login\":\"CONTOSO\\\\svc\"},\"attributes\":[{\"name\":\"ConnectorModeSettings\",\"values\":[\"{\\\"connectorScope\\\":\\\"premise\\\",\\\"newUserBehavior\\\":\\\"create\\\"}\"]},"
        + "{\"name\":\"Name\",\"values\":[\"Pat\"]},{\"name\":\"Password\",\"values\":[\""
        + password
        + "\"]}]}";
  }

  @Test
  void givenAMailboxDelay_secondSaveBeforeAndAfterIt_isPendingThenAppliesTheSettings()
      throws Exception {
    String upn = "pat@contoso.onmicrosoft.com";
    String twice = onlineSave("first", upn) + "\n" + onlineSave("early", upn) + "\n";
    // the mailbox appears 1.5 s after its licence: both requests come before that
    ConnectorRun r = ConnectorRun.of(twice, "--emulator-mailbox-delay", "1.5");
    assertEquals("PENDING", r.status("first"), r.output());
    assertEquals("PENDING", r.status("early"), r.output());
    assertEquals(
        java.util.List.of("HiddenFromAddressListsEnabled"),
        ConnectorSamplesTest.texts(r.response("first").path("pending")));
  }

  @Test
  void givenASavedState_aLaterRun_continuesFromIt(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("state.json");
    String upn = "pat@contoso.onmicrosoft.com";
    ConnectorRun first =
        ConnectorRun.of(onlineSave("first", upn) + "\n", "--emulator-save", state.toString());
    assertEquals("PENDING", first.status("first"), first.output());
    assertTrue(Files.size(state) > 100);
    ConnectorRun second =
        ConnectorRun.of(
            onlineSave("second", upn) + "\n",
            "--emulator-state",
            state.toString(),
            "--emulator-save",
            state.toString());
    assertEquals("SUCCESS", second.status("second"), second.output());
    JsonNode steps = second.response("second").path("completedSteps");
    assertTrue(steps.toString().contains("Set-Mailbox"), steps.toString());
  }

  @Test
  void givenDryRun_save_showsThePlanMasksThePasswordAndChangesNothing(@TempDir Path dir)
      throws Exception {
    Path state = dir.resolve("state.json");
    ConnectorRun dry =
        ConnectorRun.of(
            premiseCreate("d1", "pat@contoso.com", "Very-Secret-1") + "\n",
            "--dry-run",
            "--emulator-save",
            state.toString());
    assertEquals("SUCCESS", dry.status("d1"), dry.output());
    String plan = dry.response("d1").path("plan").toString();
    assertTrue(plan.contains("New-Mailbox"), plan);
    assertFalse(dry.output().contains("Very-Secret-1"));
    ConnectorRun real =
        ConnectorRun.of(
            premiseCreate("r1", "pat@contoso.com", "Very-Secret-1") + "\n",
            "--emulator-state",
            state.toString());
    assertEquals("SUCCESS", real.status("r1"), real.output());
    assertTrue(
        real.response("r1").path("completedSteps").toString().contains("New-Mailbox"),
        "the dry run created nothing, so the real run creates the mailbox");
  }

  @Test
  void givenStdinWithAnArrayOfRequests_run_answersEachOnALine() {
    ConnectorRun r =
        ConnectorRun.of(
            "[{\"requestId\":\"t1\",\"operation\":\"TEST\",\"metaData\":{\"login\":\"CONTOSO\\\\svc\"}},"
                + " {\"requestId\":\"t2\",\"operation\":\"NOPE\"}]");
    assertEquals(2, r.responses().size());
    assertEquals("SUCCESS", r.status("t1"), r.output());
    assertEquals("FAILURE", r.status("t2"));
  }

  @Test
  void givenOnlyBadRequests_run_failsEachAndChangesNothing(@TempDir Path dir) throws Exception {
    Path untouched = dir.resolve("untouched.json");
    Path after = dir.resolve("after.json");
    ConnectorRun.of("", "--emulator-save", untouched.toString());
    ConnectorRun bad =
        ConnectorRun.of(
            "",
            "--emulator-save",
            after.toString(),
            SampleExpectations.SAMPLES.resolve("07-bad-input.jsonl").toString());
    assertEquals(6, bad.responses().size());
    assertTrue(bad.responses().stream().allMatch(r -> r.path("status").asText().equals("FAILURE")));
    assertEquals(Files.readString(untouched), Files.readString(after));
  }

  @Test
  void givenEmulatedServerVersion_premisePasswordReset_followsTheDetectedVersion() {
    String reset =
        "{\"requestId\":\"p\",\"operation\":\"RESET_PASSWORD\",\"objectType\":\"USER\","
            + "\"identityName\":\"pat@contoso.com\",\"attributes\":[{\"name\":"
            + "\"ConnectorModeSettings\",\"values\":[\"{\\\"connectorScope\\\":\\\"premise\\\","
            + "\\\"newUserBehavior\\\":\\\"create\\\"}\"]},{\"name\":\"Password\",\"values\":"
            + "[\"Changed-Pa55word!\"]}]}";
    String requests =
        premiseCreate("c", "pat@contoso.com", "First-Pa55word!") + "\n" + reset + "\n";
    // the server's Get-ExchangeServer tells the version: 2010's Set-Mailbox has no -Password
    ConnectorRun v2010 = ConnectorRun.of(requests, "--emulator-version", "2010");
    assertEquals("SUCCESS", v2010.status("c"), v2010.output());
    assertEquals("FAILURE", v2010.status("p"), v2010.output());
    assertTrue(
        v2010.response("p").toString().contains("Exchange Server 2010 cannot set a password"),
        v2010.output());
    ConnectorRun v2016 = ConnectorRun.of(requests, "--emulator-version", "2016");
    assertEquals("SUCCESS", v2016.status("p"), v2016.output());
  }

  @Test
  void givenABadCommandLine_run_exitsWithTwoAndSaysWhy() {
    ConnectorRun r = ConnectorRun.of("", "--emulator-version", "2007");
    assertEquals(2, r.exitCode());
    assertTrue(r.stderr().contains("2010, 2013, 2016, 2019, SE"), r.stderr());
  }
}
