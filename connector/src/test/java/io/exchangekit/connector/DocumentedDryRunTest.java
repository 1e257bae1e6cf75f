package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The dry-run example of docs/openiam-wire-format.md, answered by the connector against the
 * embedded Exchange Server 2019 through the real PowerShell adapter: the documented line is the
 * line the adapter renders.
 */
class DocumentedDryRunTest {
  private static final String REQUEST =
      "{\"requestId\":\"r2\",\"operation\":\"SAVE\",\"objectType\":\"USER\","
          + "\"identityName\":\"jdoe@contoso.com\",\"dryRun\":true,"
          + "\"metaData\":{\"login\":\"CONTOSO\\\\svc-exchange\",\"password\":\"Svc!pw\"},"
          + "\"attributes\":[{\"name\":\"ConnectorModeSettings\",\"values\":["
          + "\"{\\\"connectorScope\\\":\\\"premise\\\",\\\"newUserBehavior\\\":\\\"create\\\"}\"]},"
          + "{\"name\":\"Name\",\"values\":[\"John Doe\"]},"
          + "{\"name\":\"Password\",\"values\":[\"P@ssw0rd-1\"]}]}";

  private static String documentedExample() throws Exception {
    String doc =
        Files.readString(Path.of("..", "docs", "openiam-wire-format.md"), StandardCharsets.UTF_8);
    int heading = doc.indexOf("A dry run (");
    assertTrue(heading >= 0, "the dry-run example is in the wire-format document");
    int start = doc.indexOf("```json\n", heading) + "```json\n".length();
    return doc.substring(start, doc.indexOf("```", start)).strip();
  }

  @Test
  void givenTheDocumentedDryRunRequest_run_answersTheDocumentedResponse() throws Exception {
    ConnectorRun run = ConnectorRun.of(REQUEST + "\n");

    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals(1, run.responses().size(), run.output());
    assertEquals(new ObjectMapper().readTree(documentedExample()), run.responses().get(0));
  }
}
