package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding example is the sample the test command compiles and runs
 * (samples/embedding), verbatim, so the README cannot show code that no longer compiles.
 */
class EmbeddingReadmeTest {
  private static final Path SAMPLE =
      Path.of(
          "..",
          "samples",
          "embedding",
          "src",
          "main",
          "java",
          "com",
          "example",
          "embedding",
          "EmbeddingSample.java");

  @Test
  void givenTheReadme_readItsEmbeddingExample_itIsTheSampleThatRuns() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Embedding the library");
    assertTrue(section >= 0, "the README has its embedding section");
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    int end = readme.indexOf("```\n", start);
    assertEquals(Files.readString(SAMPLE, StandardCharsets.UTF_8), readme.substring(start, end));
  }
}
