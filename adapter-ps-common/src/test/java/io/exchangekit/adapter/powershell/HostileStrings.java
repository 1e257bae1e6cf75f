package io.exchangekit.adapter.powershell;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Strings built to break quoting: all five single quotes, double quotes, {@code $( )}, backticks,
 * statement and pipe separators, injected statements, non-BMP characters and arbitrary code points
 * (except CR, LF, NUL and lone surrogates, which no line can carry).
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
          "\t",
          "a",
          "Z",
          "0",
          "\\",
          "%",
          "\u2028");

  static Gen<String> fragment() {
    Gen<String> fixed = arbitrary().pick(FRAGMENTS);
    Gen<String> codePoint =
        integers()
            .between(1, 0x10FFFF)
            .assuming(c -> c != '\r' && c != '\n' && (c < 0xD800 || c > 0xDFFF))
            .map(c -> new String(Character.toChars(c)));
    return fixed.mix(codePoint, 30);
  }

  /** Concatenations of 0 to 12 fragments. */
  public static Gen<String> any() {
    return lists()
        .of(fragment())
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
