package io.exchangekit.core.recipient;

/** A display name: at most 256 characters. */
public record DisplayName(String value) {
  public DisplayName {
    Texts.require(value, "DisplayName", 256);
  }

  public static DisplayName of(String value) {
    return new DisplayName(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
