package io.exchangekit.emulator.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/**
 * What one input line printed.
 *
 * @param output everything printed, lines ending in {@code \n}; a pending prompt ends without one
 * @param complete false while a prompt waits for an answer (the next line sent is the answer)
 * @param timedOut the line did not finish in time (a hung cmdlet)
 * @param crashed the session's process died while running the line
 */
public record ScriptResult(String output, boolean complete, boolean timedOut, boolean crashed) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The output's lines, without their line ends. */
  public List<String> lines() {
    if (output.isEmpty()) {
      return List.of();
    }
    String body = output.endsWith("\n") ? output.substring(0, output.length() - 1) : output;
    return List.of(body.split("\n", -1));
  }

  /** The last non-empty line of output parsed as JSON (the adapters' envelope). */
  public JsonNode json() {
    List<String> lines = lines();
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        try {
          return MAPPER.readTree(lines.get(i));
        } catch (IOException e) {
          throw new IllegalStateException("last line is not JSON: " + lines.get(i), e);
        }
      }
    }
    throw new IllegalStateException("no output");
  }
}
