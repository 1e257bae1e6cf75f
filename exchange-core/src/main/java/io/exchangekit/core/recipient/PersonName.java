package io.exchangekit.core.recipient;

/** A first or last name: at most 64 characters (the AD givenName and sn limits). */
public record PersonName(String value) {
  public PersonName {
    Texts.require(value, "name", 64);
  }

  public static PersonName of(String value) {
    return new PersonName(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
