package io.exchangekit.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exchangekit.emulator.exchange.org.Organisation;
import io.exchangekit.emulator.graph.GraphEmulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The emulators' state file: {@code {"organisation": …, "tenant": …}}; a plain organisation file is
 * read too.
 */
record EmulatorState(Organisation organisation, Optional<String> tenant) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static EmulatorState read(Path file) {
    try {
      JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (node != null && node.has("organisation")) {
        return new EmulatorState(
            Organisation.fromJson(JSON.writeValueAsString(node.get("organisation"))),
            node.has("tenant")
                ? Optional.of(JSON.writeValueAsString(node.get("tenant")))
                : Optional.empty());
      }
      return new EmulatorState(Organisation.load(file), Optional.empty());
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          file + " is not an emulator state file: " + e.getMessage(), e);
    }
  }

  /** Writes atomically: a crash mid-write leaves the previous state in place. */
  static void write(Path file, Organisation organisation, GraphEmulator graph) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.set("organisation", JSON.readTree(organisation.toJson()));
    root.set("tenant", JSON.readTree(graph.exportState()));
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(
        tmp,
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root),
        StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
  }
}
