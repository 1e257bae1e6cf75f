package io.exchangekit.core.recipient;

import java.util.Objects;

/**
 * The checks every text value shares: present, not blank, bounded, and made only of characters a
 * value may hold. The character rule is one rule for everything that reaches Exchange: the values
 * that writes send, the values of searches and the search strings themselves.
 */
public final class Texts {
  private Texts() {}

  /**
   * Whether a value may hold {@code codePoint}. Refused: the C0 controls U+0000 to U+001F (tab, CR
   * and LF included), DEL U+007F and the C1 controls U+0080 to U+009F, the line and paragraph
   * separators U+2028 and U+2029, and surrogate code points (a surrogate that is not half of a
   * pair). Everything else is allowed, including non-BMP characters written as surrogate pairs.
   */
  public static boolean isAllowed(int codePoint) {
    return codePoint > 0x1F
        && !(codePoint >= 0x7F && codePoint <= 0x9F)
        && codePoint != 0x2028
        && codePoint != 0x2029
        && !(codePoint >= 0xD800 && codePoint <= 0xDFFF)
        && Character.isValidCodePoint(codePoint);
  }

  /**
   * The index (in {@code char}s, from 0) of the first character a value may not hold, or -1. An
   * unpaired surrogate is reported at its own index.
   */
  public static int firstForbidden(String value) {
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (!isAllowed(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /**
   * Returns {@code value} when every character is {@linkplain #isAllowed allowed}; otherwise throws
   * {@link IllegalArgumentException} naming {@code field}, the character's code and its position
   * (counting from 1), never the value.
   */
  public static String requireCharacters(String value, String field) {
    Objects.requireNonNull(value, "'" + field + "' must not be null");
    int i = firstForbidden(value);
    if (i >= 0) {
      throw new IllegalArgumentException(
          "'"
              + field
              + "' must not contain control characters (C0, DEL, C1), line separators or unpaired"
              + " surrogates (found U+"
              + String.format("%04X", (int) value.charAt(i))
              + " at position "
              + (i + 1)
              + ")");
    }
    return value;
  }

  /**
   * Returns {@code value} when it is a usable single-line text of at most {@code max} characters
   * that {@linkplain #requireCharacters holds only allowed characters}; otherwise throws {@link
   * IllegalArgumentException} naming {@code field}.
   */
  public static String require(String value, String field, int max) {
    Objects.requireNonNull(value, "'" + field + "' must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("'" + field + "' must not be blank");
    }
    int length = value.codePointCount(0, value.length());
    if (length > max) {
      throw new IllegalArgumentException(
          "'" + field + "' must be at most " + max + " characters but has " + length);
    }
    return requireCharacters(value, field);
  }
}
