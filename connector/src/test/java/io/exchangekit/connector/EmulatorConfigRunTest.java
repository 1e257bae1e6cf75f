package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Switching from on-premises to Exchange Online by configuration alone: the same request, without
 * ConnectorModeSettings, runs against Exchange Server when the configuration names {@code
 * premise.*} and against Exchange Online when it names only {@code online.*} and {@code graph.*}
 * (here the embedded emulators, chosen by provider name through {@code --config}).
 */
class EmulatorConfigRunTest {
  private static final String TEST = "{\"requestId\":\"t1\",\"operation\":\"TEST\"}\n";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private JsonNode run(String config) throws IOException {
    Path f = dir.resolve("exchangekit-" + Integer.toHexString(config.hashCode()) + ".properties");
    Files.writeString(f, config, StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ConnectorMain.run(
            new String[] {"--config", f.toString()},
            new StringReader(TEST),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    return JSON.readTree(out.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void givenAPremiseConfiguration_aRequestWithoutMode_runsOnPremises() throws IOException {
    JsonNode response = run("premise.provider=emulator\npremise.version=2016\n");

    assertEquals("SUCCESS", response.get("status").asText(), response.toString());
    assertEquals(
        "connected to Exchange Server 2016 (premise scope)",
        response.get("messages").get(0).asText());
  }

  @Test
  void givenAnOnlineOnlyConfiguration_aRequestWithoutMode_runsInExchangeOnline()
      throws IOException {
    JsonNode response =
        run("online.provider=emulator\ngraph.provider=emulator\nonline.pool.maxSessions=1\n");

    assertEquals("SUCCESS", response.get("status").asText(), response.toString());
    assertTrue(
        response.get("messages").get(0).asText().endsWith("(online scope)"), response.toString());
  }
}
