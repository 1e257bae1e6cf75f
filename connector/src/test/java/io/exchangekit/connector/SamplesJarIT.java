package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start through the built jar: every sample request (samples/requests) run by
 * {@code java -jar exchangekit-connector.jar} against its embedded emulators.
 */
class SamplesJarIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  @Test
  void givenEverySampleFile_jar_answersEachRequestOnceWithItsExpectedOutcome() throws Exception {
    List<Path> files = SampleExpectations.sampleFiles();
    Map<String, String> expected = new LinkedHashMap<>();
    for (Path f : files) {
      expected.putAll(SampleExpectations.expectedFor(f));
    }
    assertEquals(SampleExpectations.expected(), expected, "every sample request is expected");

    JarProcess.Result r =
        JarProcess.run(
            TIMEOUT,
            "",
            files.stream().map(f -> f.toAbsolutePath().toString()).toArray(String[]::new));

    ConnectorRun run = r.responses();
    assertEquals(0, run.exitCode(), r.stderr());
    assertEquals(expected, SampleExpectations.outcomes(run.responses()), r.stdout());
    assertTrue(r.stderr().contains("embedded emulators"), "says which target it uses");
    assertTrue(r.stderr().contains("done: " + expected.size() + " requests"), r.stderr());
    for (String secret : SampleExpectations.SECRETS) {
      assertFalse(r.stdout().contains(secret) || r.stderr().contains(secret), secret);
    }
  }

  @Test
  void givenRequestsOnStandardInput_jar_answersEachOnItsOwnLine() throws Exception {
    Path bad = SampleExpectations.SAMPLES.resolve("07-bad-input.jsonl");

    JarProcess.Result r = JarProcess.run(TIMEOUT, Files.readString(bad));

    ConnectorRun run = r.responses();
    assertEquals(0, run.exitCode(), r.stderr());
    assertEquals(
        SampleExpectations.expectedFor(bad),
        SampleExpectations.outcomes(run.responses()),
        r.stdout());
  }
}
