package io.exchangekit.core.recipient;

import java.util.Objects;

/** The checks every text value shares: present, not blank, bounded, free of control characters. */
public final class Texts {
  private Texts() {}

  /**
   * Returns {@code value} when it is a usable single-line text of at most {@code max} characters;
   * otherwise throws {@link IllegalArgumentException} naming {@code field}.
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
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        throw new IllegalArgumentException(
            "'"
                + field
                + "' must not contain control characters such as CR, LF or NUL (found U+"
                + String.format("%04X", (int) c)
                + " at position "
                + i
                + ")");
      }
    }
    return value;
  }
}
