package io.exchangekit.core.group;

/** Whether the group is a distribution group or a mail-enabled security group. */
public enum GroupType {
  DISTRIBUTION("Distribution"),
  SECURITY("Security");

  private final String exchangeValue;

  GroupType(String exchangeValue) {
    this.exchangeValue = exchangeValue;
  }

  public String exchangeValue() {
    return exchangeValue;
  }

  public static GroupType parse(String text) {
    for (GroupType v : values()) {
      if (v.exchangeValue.equalsIgnoreCase(text == null ? "" : text.trim())) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "'Type' must be one of Distribution, Security but was '" + text + "'");
  }

  @Override
  public String toString() {
    return exchangeValue;
  }
}
