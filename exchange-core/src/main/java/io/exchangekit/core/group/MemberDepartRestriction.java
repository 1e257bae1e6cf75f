package io.exchangekit.core.group;

/** Whether members may leave the group by themselves. */
public enum MemberDepartRestriction {
  OPEN("Open"),
  CLOSED("Closed");

  private final String exchangeValue;

  MemberDepartRestriction(String exchangeValue) {
    this.exchangeValue = exchangeValue;
  }

  public String exchangeValue() {
    return exchangeValue;
  }

  public static MemberDepartRestriction parse(String text) {
    for (MemberDepartRestriction v : values()) {
      if (v.exchangeValue.equalsIgnoreCase(text == null ? "" : text.trim())) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "'MemberDepartRestriction' must be one of Open, Closed but was '" + text + "'");
  }

  @Override
  public String toString() {
    return exchangeValue;
  }
}
