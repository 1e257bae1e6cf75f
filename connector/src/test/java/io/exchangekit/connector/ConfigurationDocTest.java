package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.ports.config.ExchangeKit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/connector-configuration.md lists exactly the keys the loader accepts with the providers on
 * the connector's class path, so the document and the providers cannot drift apart.
 */
class ConfigurationDocTest {
  private static final Path DOC = Path.of("..", "docs", "connector-configuration.md");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  /** The keys in the first column of every table under "## Keys". */
  static SortedSet<String> documentedKeys() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String keys = doc.substring(doc.indexOf("\n## Keys"));
    SortedSet<String> found = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (String line : keys.split("\n")) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String firstCell = line.substring(1, line.indexOf('|', 1));
      Matcher m = CODE.matcher(firstCell);
      while (m.find()) {
        found.add(m.group(1));
      }
    }
    return found;
  }

  static SortedSet<String> acceptedKeys() {
    return ExchangeKit.builder().section("rabbitmq", ConnectorMain.RABBITMQ_KEYS).knownKeys();
  }

  @Test
  void givenTheProvidersOnTheClassPath_theKeyTables_listExactlyTheKeysTheyDeclare()
      throws IOException {
    SortedSet<String> documented = documentedKeys();
    SortedSet<String> accepted = acceptedKeys();

    List<String> undocumented = new ArrayList<>(accepted);
    undocumented.removeAll(documented);
    List<String> unknown = new ArrayList<>(documented);
    unknown.removeAll(accepted);
    assertEquals(List.of(), undocumented, "keys the providers declare but the document omits");
    assertEquals(List.of(), unknown, "keys the document lists but nobody accepts");
    assertTrue(accepted.size() > 50, "the providers were found: " + accepted);
  }

  @Test
  void givenTheDocumentsExample_everyKey_isAccepted() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String example =
        doc.substring(
            doc.indexOf("```properties") + 13,
            doc.indexOf("```", doc.indexOf("```properties") + 13));
    SortedSet<String> accepted = acceptedKeys();
    int keys = 0;
    for (String line : example.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String key = line.substring(0, line.indexOf('='));
      assertTrue(accepted.contains(key), key + " is not accepted");
      keys++;
    }
    assertTrue(keys > 15, "the example was found: " + keys + " keys");
  }
}
