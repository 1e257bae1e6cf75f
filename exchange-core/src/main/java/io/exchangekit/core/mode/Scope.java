package io.exchangekit.core.mode;

/**
 * Which Exchange the connector targets: on-premises (the default), Exchange Online, or a hybrid
 * deployment (cloud mailboxes managed as remote mailboxes on the on-premises server, licences
 * through the tenant's directory).
 */
public enum Scope {
  PREMISE("premise"),
  ONLINE("online"),
  HYBRID("hybrid");

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
        "'connectorScope' must be one of premise, online, hybrid but was '" + text + "'");
  }
}
