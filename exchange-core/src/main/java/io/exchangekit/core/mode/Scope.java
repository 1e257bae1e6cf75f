package io.exchangekit.core.mode;

/** Which Exchange the connector targets: on-premises (the default) or Exchange Online. */
public enum Scope {
  PREMISE("premise"),
  ONLINE("online");

  private final String settingValue;

  Scope(String settingValue) {
    this.settingValue = settingValue;
  }

  /** The value of {@code connectorScope} in ConnectorModeSettings. */
  public String settingValue() {
    return settingValue;
  }

  public static Scope parse(String text) {
    for (Scope s : values()) {
      if (s.settingValue.equalsIgnoreCase(text == null ? "" : text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "'connectorScope' must be one of premise, online but was '" + text + "'");
  }
}
