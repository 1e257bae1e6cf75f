package io.exchangekit.emulator.exchange.ps;

import java.util.Arrays;

/**
 * A {@code System.Security.SecureString}: its plain text is reachable only through {@link
 * #reveal()} (for the organisation's password store) and never printed.
 */
public final class PsSecureString {
  private final char[] chars;

  public PsSecureString(String plain) {
    this.chars = plain.toCharArray();
  }

  /** The plain text; for the emulated directory only. */
  public String reveal() {
    return new String(chars);
  }

  public int length() {
    return chars.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PsSecureString s && Arrays.equals(chars, s.chars);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(chars);
  }

  @Override
  public String toString() {
    return "System.Security.SecureString";
  }
}
