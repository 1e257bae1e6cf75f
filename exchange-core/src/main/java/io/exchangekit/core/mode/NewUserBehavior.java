package io.exchangekit.core.mode;

/**
 * Whether a new mailbox is attached to an existing user (ENABLE, the default) or created with a new
 * user (CREATE).
 */
public enum NewUserBehavior {
  ENABLE("enable"),
  CREATE("create");

  private final String settingValue;

  NewUserBehavior(String settingValue) {
    this.settingValue = settingValue;
  }

  /** The value of {@code newUserBehavior} in ConnectorModeSettings. */
  public String settingValue() {
    return settingValue;
  }

  public static NewUserBehavior parse(String text) {
    for (NewUserBehavior b : values()) {
      if (b.settingValue.equalsIgnoreCase(text == null ? "" : text.trim())) {
        return b;
      }
    }
    throw new IllegalArgumentException(
        "'newUserBehavior' must be one of enable, create but was '" + text + "'");
  }
}
