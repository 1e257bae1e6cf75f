package io.exchangekit.core.mailbox;

/** When senders are told that their message awaits or failed moderation. */
public enum SendModerationNotifications {
  ALWAYS("Always"),
  INTERNAL("Internal"),
  NEVER("Never");

  private final String exchangeValue;

  SendModerationNotifications(String exchangeValue) {
    this.exchangeValue = exchangeValue;
  }

  public String exchangeValue() {
    return exchangeValue;
  }

  public static SendModerationNotifications parse(String text) {
    for (SendModerationNotifications v : values()) {
      if (v.exchangeValue.equalsIgnoreCase(text == null ? "" : text.trim())) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "'SendModerationNotifications' must be one of Always, Internal, Never but was '"
            + text
            + "'");
  }
}
