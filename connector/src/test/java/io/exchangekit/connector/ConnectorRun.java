package io.exchangekit.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One run of the connector's command line, with its responses by request id. */
record ConnectorRun(int exitCode, List<JsonNode> responses, String stderr) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static ConnectorRun of(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ConnectorMain.run(
            args,
            new StringReader(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return parse(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A run from its exit code and outputs, e.g. of the jar as a process; one JSON per line. */
  static ConnectorRun parse(int code, String stdout, String stderr) {
    List<JsonNode> responses = new ArrayList<>();
    for (String line : stdout.split("\n")) {
      if (!line.isBlank()) {
        try {
          responses.add(JSON.readTree(line));
        } catch (Exception e) {
          throw new AssertionError("not one JSON response per line: " + line, e);
        }
      }
    }
    return new ConnectorRun(code, responses, stderr);
  }

  Map<String, JsonNode> byId() {
    Map<String, JsonNode> m = new LinkedHashMap<>();
    responses.forEach(r -> m.put(r.path("requestId").asText("null"), r));
    return m;
  }

  JsonNode response(String requestId) {
    JsonNode r = byId().get(requestId);
    if (r == null) {
      throw new AssertionError("no response to " + requestId + " in " + responses);
    }
    return r;
  }

  String status(String requestId) {
    return response(requestId).path("status").asText();
  }

  String output() {
    return responses.toString();
  }
}
