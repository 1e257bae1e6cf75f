package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.exchangekit.ports.config.ExchangeKit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Any known key with one edit (an insertion, deletion, substitution or transposition of adjacent
 * characters) is refused, and the suggestion is the key it came from (noting when that key belongs
 * to another provider than the one the section would use, e.g. the emulator's {@code graph.world}).
 * This holds because the known keys are at least three edits apart, which the first test checks.
 */
class MisspeltConfigKeyProperties {
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789.";
  private static final List<String> KEYS = new ArrayList<>(ConfigurationDocTest.acceptedKeys());

  @Test
  void givenTheKnownKeys_everyTwo_areAtLeastThreeEditsApart() {
    for (int i = 0; i < KEYS.size(); i++) {
      for (int j = i + 1; j < KEYS.size(); j++) {
        int d = osa(KEYS.get(i), KEYS.get(j));
        assertTrue(d >= 3, KEYS.get(i) + " and " + KEYS.get(j) + " are " + d + " edits apart");
      }
    }
  }

  @Test
  void givenAKnownKeyWithOneEdit_open_refusesItSuggestingTheKey() {
    qt().withExamples(400)
        .forAll(
            integers().between(0, KEYS.size() - 1),
            integers().between(0, 3),
            integers().between(0, 1000),
            integers().between(0, ALPHABET.length() - 1))
        .assuming((k, kind, at, c) -> !edit(KEYS.get(k), kind, at, c).equalsIgnoreCase(KEYS.get(k)))
        .checkAssert(
            (k, kind, at, c) -> {
              String key = KEYS.get(k);
              String misspelt = edit(key, kind, at, c);

              IllegalArgumentException e =
                  assertThrows(
                      IllegalArgumentException.class,
                      () ->
                          ExchangeKit.builder()
                              .section("rabbitmq", ConnectorMain.RABBITMQ_KEYS)
                              .set(misspelt, "1")
                              .open()
                              .close());

              String expected =
                  "unknown configuration key '" + misspelt + "'; did you mean " + key + "?";
              assertTrue(e.getMessage().startsWith(expected), e.getMessage());
            });
  }

  /** One edit of {@code key}: 0 insert, 1 delete, 2 substitute, 3 transpose, at a position. */
  static String edit(String key, int kind, int at, int c) {
    char ch = ALPHABET.charAt(c);
    StringBuilder b = new StringBuilder(key);
    switch (kind) {
      case 0 -> b.insert(at % (key.length() + 1), ch);
      case 1 -> b.deleteCharAt(at % key.length());
      case 2 -> {
        int i = at % key.length();
        char other =
            Character.toLowerCase(key.charAt(i)) == ch
                ? ALPHABET.charAt((c + 1) % ALPHABET.length())
                : ch;
        b.setCharAt(i, other);
      }
      default -> {
        int i = at % (key.length() - 1);
        b.setCharAt(i, key.charAt(i + 1));
        b.setCharAt(i + 1, key.charAt(i));
      }
    }
    return b.toString();
  }

  /** Optimal string alignment distance, ignoring case, written here independently of the loader. */
  static int osa(String a, String b) {
    String s = a.toLowerCase(Locale.ROOT);
    String t = b.toLowerCase(Locale.ROOT);
    int[][] d = new int[s.length() + 1][t.length() + 1];
    for (int i = 0; i <= s.length(); i++) {
      for (int j = 0; j <= t.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        d[i][j] =
            Math.min(
                Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                d[i - 1][j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1));
        if (i > 1
            && j > 1
            && s.charAt(i - 1) == t.charAt(j - 2)
            && s.charAt(i - 2) == t.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[s.length()][t.length()];
  }
}
