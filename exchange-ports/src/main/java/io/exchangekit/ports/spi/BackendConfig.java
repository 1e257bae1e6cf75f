package io.exchangekit.ports.spi;

import io.exchangekit.core.recipient.Secret;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Settings for a backend: plain values (server URL, login, organisation, pool size …) and secrets,
 * kept apart so that secrets never print. Keys compare ignoring case.
 */
public final class BackendConfig {
  private final Map<String, String> settings;
  private final Map<String, Secret> secrets;

  private BackendConfig(Map<String, String> settings, Map<String, Secret> secrets) {
    Map<String, String> s = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    s.putAll(settings);
    Map<String, Secret> x = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    x.putAll(secrets);
    this.settings = s;
    this.secrets = x;
  }

  /**
   * @param settings plain values by key; never null
   * @param secrets secret values by key; never null
   * @return never null
   */
  public static BackendConfig of(Map<String, String> settings, Map<String, Secret> secrets) {
    return new BackendConfig(settings, secrets);
  }

  /** The plain value of a key, if set. */
  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings.get(key));
  }

  /**
   * @throws IllegalArgumentException naming the key when it is missing
   */
  public String required(String key) {
    return setting(key)
        .orElseThrow(() -> new IllegalArgumentException("setting '" + key + "' is required"));
  }

  /** The secret value of a key, if set. */
  public Optional<Secret> secret(String key) {
    return Optional.ofNullable(secrets.get(key));
  }

  /**
   * @throws IllegalArgumentException naming the key when the value is not a whole number
   */
  public int intSetting(String key, int defaultValue) {
    return setting(key).map(v -> parseInt(key, v)).orElse(defaultValue);
  }

  /**
   * @throws IllegalArgumentException naming the key when the value is neither true nor false
   */
  public boolean booleanSetting(String key, boolean defaultValue) {
    return setting(key).map(v -> parseBoolean(key, v)).orElse(defaultValue);
  }

  private static boolean parseBoolean(String key, String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(
              "setting '" + key + "' must be true or false but was '" + value + "'");
    };
  }

  private static int parseInt(String key, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "setting '" + key + "' must be a whole number but was '" + value + "'");
    }
  }

  /** Setting keys and values; secrets show only their keys. */
  @Override
  public String toString() {
    return "BackendConfig" + settings + " secrets=" + secrets.keySet();
  }
}
