package io.exchangekit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads OpenIAM response JSON for the benchmarks and drills. */
public final class Responses {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Responses() {}

  public static JsonNode read(String response) {
    try {
      return JSON.readTree(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String status(String response) {
    return read(response).path("status").asText();
  }

  public static String requestId(String response) {
    return read(response).path("requestId").asText();
  }

  /** The cmdlets the completed steps name ({@code "what: Cmdlet, Cmdlet"}). */
  public static List<String> completedCmdlets(String response) {
    List<String> out = new ArrayList<>();
    for (JsonNode step : read(response).path("completedSteps")) {
      String text = step.asText();
      int colon = text.lastIndexOf(": ");
      for (String c : text.substring(colon + 2).split(",\\s*")) {
        if (!c.isBlank()) {
          out.add(c.strip());
        }
      }
    }
    return out;
  }
}
