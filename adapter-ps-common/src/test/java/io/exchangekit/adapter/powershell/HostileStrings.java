package io.exchangekit.adapter.powershell;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.exchangekit.core.recipient.Texts;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Strings built to break quoting: all five single quotes, double quotes, {@code $( )}, backticks,
 * statement and pipe separators, injected statements, non-BMP characters and arbitrary code points.
 * {@link #any()} draws only values a value may hold ({@link Texts#isAllowed}: what writes and
 * searches accept); {@link #anyWithControls()} adds tabs, C0 and C1 controls and U+2028 for the
 * quoting layer itself (except CR, LF, NUL and lone surrogates, which no line can carry).
 */
public final class HostileStrings {
  private HostileStrings() {}

  private static final List<String> FRAGMENTS =
      List.of(
          "'",
          "\u2018",
          "\u2019",
          "\u201A",
          "\u201B",
          "''",
          "\"",
          "\u201C",
          "\u201D",
          "$(",
          ")",
          "$(Remove-Mailbox x -Confirm:$false)",
          "`",
          "`n",
          ";",
          "|",
          "&",
          "@{",
          "}",
          "{",
          "#",
          "<#",
          "#>",
          "--%",
          "\u2013Confirm",
          "$true",
          "$null",
          "$_",
          "'; Remove-Mailbox x -Confirm:$false; '",
          "\u2019; Remove-Mailbox x -Confirm:$false; \u2019",
          "\uD83D\uDE00",
          "\uD801\uDC37",
          "M\u00fcller",
          "\u00e9",
          " ",
          "a",
          "Z",
          "0",
          "\\",
          "%");

  private static final List<String> CONTROLS =
      List.of("\t", "\u0001", "\u001F", "\u007F", "\u0080", "\u0085", "\u009F", "\u2028");

  /** A fragment that a value may hold: allowed code points are drawn directly, never filtered. */
  static Gen<String> fragment() {
    Gen<String> fixed = arbitrary().pick(FRAGMENTS);
    Gen<String> codePoint =
        integers()
            .between(0x20, 0x10FFFF)
            .map(c -> Texts.isAllowed(c) ? c : c + 0x2000) // controls and surrogates move up
            .map(c -> new String(Character.toChars(c)));
    return fixed.mix(codePoint, 30);
  }

  static Gen<String> fragmentWithControls() {
    return fragment().mix(arbitrary().pick(CONTROLS), 15);
  }

  /** Concatenations of 0 to 12 fragments, controls included. */
  public static Gen<String> anyWithControls() {
    return join(fragmentWithControls());
  }

  /** Concatenations of 0 to 12 fragments, every character one a value may hold. */
  public static Gen<String> any() {
    return join(fragment());
  }

  /** At most {@code max} code points of {@code s}, never splitting a surrogate pair. */
  public static String truncate(String s, int max) {
    return s.codePointCount(0, s.length()) <= max
        ? s
        : s.substring(0, s.offsetByCodePoints(0, max));
  }

  private static Gen<String> join(Gen<String> fragments) {
    return lists()
        .of(fragments)
        .ofSizeBetween(0, 12)
        .map(l -> String.join("", l))
        .describedAs(
            s ->
                "\""
                    + s.codePoints()
                        .mapToObj(
                            c ->
                                c < 0x20 || c > 0x7e
                                    ? String.format("\\u{%X}", c)
                                    : Character.toString(c))
                        .reduce("", String::concat)
                    + "\"");
  }
}
