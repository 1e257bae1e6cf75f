package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exchangekit.emulator.exchange.ps.CommandLineReader;
import io.exchangekit.emulator.exchange.ps.CommandLineReader.ReadCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar's --dry-run shows what would be sent, byte for byte, and changes nothing: a
 * DisplayName written to inject a second command stays one quoted literal, the mailbox it names
 * survives, and no password reaches the output.
 */
class DryRunIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOSTILE = "x'; Remove-Mailbox -Identity victim -Confirm:$false; '";
  private static final String ADMIN_PASSWORD = "Svc!Admin-pw9";

  private static String save(String id, String identity, boolean dryRun, Map<String, String> attrs)
      throws Exception {
    List<Map<String, Object>> attributes =
        attrs.entrySet().stream()
            .map(e -> Map.<String, Object>of("name", e.getKey(), "values", List.of(e.getValue())))
            .toList();
    return JSON.writeValueAsString(
        Map.of(
            "requestId", id,
            "operation", "SAVE",
            "objectType", "USER",
            "identityName", identity,
            "dryRun", dryRun,
            "metaData",
                Map.of(
                    "login", "CONTOSO\\svc-exchange",
                    "password", ADMIN_PASSWORD,
                    "url", "ex01.contoso.com"),
            "attributes", attributes));
  }

  private static Map<String, String> premiseCreate(String name, String password) {
    return Map.of(
        "ConnectorModeSettings",
        "{\"connectorScope\":\"premise\",\"newUserBehavior\":\"create\"}",
        "Name",
        name,
        "Password",
        password,
        "DisplayName",
        HOSTILE);
  }

  private static String search(String id, String identity) throws Exception {
    return JSON.writeValueAsString(
        Map.of(
            "requestId",
            id,
            "operation",
            "SEARCH",
            "objectType",
            "USER",
            "searchQuery",
            "Get-Mailbox -Identity " + identity));
  }

  @Test
  void givenAnInjectionInADisplayName_dryRun_showsOneQuotedCommandAndChangesNothing(
      @TempDir Path dir) throws Exception {
    Path before = dir.resolve("before.json");
    Path after = dir.resolve("after.json");
    JarProcess.Result setUp =
        JarProcess.run(
            TIMEOUT,
            save("v1", "victim@contoso.com", false, premiseCreate("victim", "Victim!pw-1")) + "\n",
            "--emulator-save",
            before.toString());
    assertEquals("SUCCESS", setUp.responses().status("v1"), setUp.stdout() + setUp.stderr());

    JarProcess.Result dry =
        JarProcess.run(
            TIMEOUT,
            save("d1", "jdoe@contoso.com", false, premiseCreate("John Doe", "Jd0e!secret-pw"))
                + "\n",
            "--dry-run",
            "--emulator-state",
            before.toString(),
            "--emulator-save",
            after.toString());

    assertEquals(0, dry.exitCode(), dry.stderr());
    JsonNode response = dry.responses().response("d1");
    assertEquals("SUCCESS", response.path("status").asText(), response.toString());
    assertTrue(response.path("dryRun").asBoolean());
    String line = response.path("plan").asText();
    List<ReadCommand> read = CommandLineReader.read(line);
    assertEquals(1, read.size(), "exactly one command in " + line);
    assertEquals("New-Mailbox", read.get(0).name());
    assertEquals(HOSTILE, read.get(0).parameters().get("DisplayName"), line);
    JsonNode step = response.path("planSteps").get(0);
    assertEquals("EXCHANGE_ON_PREMISES", step.path("target").asText());
    assertEquals(line, step.path("line").asText());
    assertEquals(HOSTILE, step.path("parameters").path("DisplayName").asText());
    assertEquals("****", step.path("parameters").path("Password").asText());
    for (String secret : List.of("Jd0e!secret-pw", ADMIN_PASSWORD)) {
      assertFalse(dry.stdout().contains(secret), "a password in the output");
      assertFalse(dry.stderr().contains(secret), "a password in the log");
    }

    JarProcess.Result check =
        JarProcess.run(
            TIMEOUT,
            search("s1", "victim@contoso.com") + "\n" + search("s2", "jdoe@contoso.com") + "\n",
            "--emulator-state",
            after.toString());
    assertEquals(1, check.responses().response("s1").path("objects").size(), "the victim lives");
    assertEquals("SUCCESS", check.responses().status("s1"), check.stdout());
    // jdoe is not found (FAILURE noSuchObject) or found nowhere: either way, nothing was created
    assertEquals(
        0, check.responses().response("s2").path("objects").size(), "the dry run created nothing");
  }
}
