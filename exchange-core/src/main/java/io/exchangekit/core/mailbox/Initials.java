package io.exchangekit.core.mailbox;

import io.exchangekit.core.recipient.Texts;

/** Initials: at most 6 characters (the AD attribute {@code initials}). */
public record Initials(String value) {
  public Initials {
    Texts.require(value, "Initials", 6);
  }

  public static Initials of(String value) {
    return new Initials(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
