package io.exchangekit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API gate: the public API of every published module, as {@link ApiListing} renders it from the
 * compiled classes, must equal its committed listing {@code api/<module>.api}. A change of a public
 * signature therefore fails the build, with a unified diff, until the listing is regenerated on
 * purpose: run with {@code -Dapi.update=true} (docs/versioning.md), review {@code git diff api/}
 * and commit it with the change and its CHANGELOG line.
 */
class ApiListingTest {

  private static final Path API_DIR = Path.of(System.getProperty("exchangekit.api.dir", "../api"));
  private static final boolean UPDATE = Boolean.getBoolean("api.update");
  private static final String HOW_TO_RECORD =
      "The public API differs from the committed listing. If the change is deliberate, record it:\n"
          + "  mvn -B -ntp verify -pl architecture-tests -am -Dapi.update=true\n"
          + "then review `git diff api/`, add a CHANGELOG.md line (under Breaking when a line was"
          + " removed or changed) and commit them with the change. See docs/versioning.md.\n";

  private static SortedMap<String, String> generated;

  @BeforeAll
  static void generate() {
    generated = ApiListing.of(ExchangeKitArchitecture.importProduct());
  }

  @Test
  void givenCompiledModules_compareWithCommittedListings_everyPublicSignatureIsRecorded()
      throws IOException {
    // vacuity: the listing sees the modules whose API matters most
    assertTrue(
        generated.keySet().containsAll(List.of("exchange-core", "exchange-ports", "adapter-graph")),
        "modules with public API: " + generated.keySet());

    if (UPDATE) {
      record();
      return;
    }
    List<String> problems = new ArrayList<>();
    for (var entry : generated.entrySet()) {
      Path file = listingFile(entry.getKey());
      if (!Files.exists(file)) {
        problems.add("no listing " + file + " for module " + entry.getKey());
        continue;
      }
      String committed = Files.readString(file, StandardCharsets.UTF_8);
      diff(entry.getKey(), committed, entry.getValue()).ifPresent(problems::add);
    }
    for (Path file : committedListings()) {
      String module = file.getFileName().toString().replaceFirst("\\.api$", "");
      if (!generated.containsKey(module)) {
        problems.add("listing " + file + " names a module without public API: " + module);
      }
    }
    if (!problems.isEmpty()) {
      fail(HOW_TO_RECORD + "\n" + String.join("\n", problems));
    }
  }

  @Test
  void givenOneChangedSignature_diff_showsTheOldAndTheNewLine() {
    String listing = generated.get("exchange-ports");
    String line = listing.lines().filter(l -> l.startsWith("  public ")).findFirst().orElseThrow();
    String changed = listing.replace(line + "\n", line.replace("(", "(int, ") + "\n");

    String diff = diff("exchange-ports", listing, changed).orElseThrow();

    assertTrue(diff.contains("\n-" + line + "\n"), diff);
    assertTrue(diff.contains("\n+" + line.replace("(", "(int, ") + "\n"), diff);
    assertEquals(Optional.empty(), diff("exchange-ports", listing, listing));
  }

  /** A unified diff from the committed to the generated listing, or empty when they are equal. */
  static Optional<String> diff(String module, String committed, String current) {
    if (committed.equals(current)) {
      return Optional.empty();
    }
    List<String> before = committed.lines().toList();
    List<String> after = current.lines().toList();
    List<String> unified =
        UnifiedDiffUtils.generateUnifiedDiff(
            "api/" + module + ".api (committed)",
            "api/" + module + ".api (compiled classes)",
            before,
            DiffUtils.diff(before, after),
            2);
    return Optional.of(String.join("\n", unified) + "\n");
  }

  private static void record() throws IOException {
    Files.createDirectories(API_DIR);
    for (Path stale : committedListings()) {
      String module = stale.getFileName().toString().replaceFirst("\\.api$", "");
      if (!generated.containsKey(module)) {
        Files.delete(stale);
      }
    }
    for (var entry : generated.entrySet()) {
      Files.writeString(listingFile(entry.getKey()), entry.getValue(), StandardCharsets.UTF_8);
    }
    System.out.println("API listings written to " + API_DIR.toAbsolutePath().normalize());
  }

  private static List<Path> committedListings() throws IOException {
    if (!Files.isDirectory(API_DIR)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(API_DIR)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".api")).sorted().toList();
    }
  }

  private static Path listingFile(String module) {
    return API_DIR.resolve(module + ".api");
  }
}
