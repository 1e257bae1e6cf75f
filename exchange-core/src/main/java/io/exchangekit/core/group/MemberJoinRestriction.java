package io.exchangekit.core.group;

/** Whether users may join the group by themselves. */
public enum MemberJoinRestriction {
  OPEN("Open"),
  CLOSED("Closed"),
  APPROVAL_REQUIRED("ApprovalRequired");

  private final String exchangeValue;

  MemberJoinRestriction(String exchangeValue) {
    this.exchangeValue = exchangeValue;
  }

  public String exchangeValue() {
    return exchangeValue;
  }

  public static MemberJoinRestriction parse(String text) {
    for (MemberJoinRestriction v : values()) {
      if (v.exchangeValue.equalsIgnoreCase(text == null ? "" : text.trim())) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "'MemberJoinRestriction' must be one of Open, Closed, ApprovalRequired but was '"
            + text
            + "'");
  }

  @Override
  public String toString() {
    return exchangeValue;
  }
}
