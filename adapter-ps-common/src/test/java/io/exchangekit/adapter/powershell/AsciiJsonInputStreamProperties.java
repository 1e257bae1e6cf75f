package io.exchangekit.adapter.powershell;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AsciiJsonInputStreamProperties {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Delivers at most {@code chunk} bytes per read, to split UTF-8 sequences. */
  private static InputStream chunked(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  @Test
  void givenAnyJsonString_readThroughAnAsciiReader_decodesToTheSameString() {
    qt().withExamples(2000)
        .forAll(HostileStrings.anyWithControls(), integers().between(1, 7))
        .checkAssert(
            (s, chunk) -> {
              try {
                String line = JSON.writeValueAsString(s) + "\n";
                var in =
                    new AsciiJsonInputStream(chunked(line.getBytes(StandardCharsets.UTF_8), chunk));
                String ascii =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))
                        .readLine();
                if (!ascii.chars().allMatch(c -> c < 0x80)) {
                  throw new AssertionError("not ASCII: " + ascii);
                }
                String back = JSON.readValue(ascii, String.class);
                if (!back.equals(s)) {
                  throw new AssertionError(back + " != " + s);
                }
              } catch (java.io.IOException e) {
                throw new AssertionError(e);
              }
            });
  }
}
