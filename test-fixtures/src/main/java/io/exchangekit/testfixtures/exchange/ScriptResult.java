package io.exchangekit.testfixtures.exchange;

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
    return output.isEmpty()
        ? List.of()
        : List.of(output.split("\n", -1))
            .subList(
                0,
                output.endsWith("\n")
                    ? output.split("\n", -1).length - 1
                    : output.split("\n", -1).length);
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
