package io.exchangekit.core.recipient;

import java.util.regex.Pattern;

/**
 * An Exchange alias (mail nickname): at most 64 characters, letters, digits and {@code ! # % * + -
 * / = ? ^ _ ~ $ & ' ` { } |}, periods only between other valid characters.
 */
public record Alias(String value) {
  private static final Pattern FORMAT =
      Pattern.compile(
          "[A-Za-z0-9!#%*+/=?^_~$&'`{}|\\u00A1-\\u00FF-]+(\\.[A-Za-z0-9!#%*+/=?^_~$&'`{}|\\u00A1-\\u00FF-]+)*");

  public Alias {
    Texts.require(value, "Alias", 64);
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "'Alias' may contain only letters, digits and ! # % * + - / = ? ^ _ ~ $ & ' ` { } |,"
              + " with periods only between other characters, but was '"
              + value
              + "'");
    }
  }

  public static Alias of(String value) {
    return new Alias(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
