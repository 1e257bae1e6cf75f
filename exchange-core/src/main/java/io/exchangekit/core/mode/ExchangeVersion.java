package io.exchangekit.core.mode;

import java.util.Locale;
import java.util.Objects;

/** The Exchange product a request targets; parameter applicability depends on it. */
public enum ExchangeVersion {
  EXCHANGE_2010("Exchange Server 2010", 14),
  EXCHANGE_2013("Exchange Server 2013", 15),
  EXCHANGE_2016("Exchange Server 2016", 15),
  EXCHANGE_2019("Exchange Server 2019", 15),
  EXCHANGE_SE("Exchange Server SE", 15),
  ONLINE("Exchange Online", 15);

  private final String productName;
  private final int majorVersion;

  ExchangeVersion(String productName, int majorVersion) {
    this.productName = productName;
    this.majorVersion = majorVersion;
  }

  /** Microsoft's product name, as used in the "Applicable" lists of the cmdlet reference. */
  public String productName() {
    return productName;
  }

  /** The AdminDisplayVersion major number ("Version 14.3 …" for 2010, 15 for later ones). */
  public int majorVersion() {
    return majorVersion;
  }

  public boolean isOnline() {
    return this == ONLINE;
  }

  public boolean isOnPremises() {
    return this != ONLINE;
  }

  /**
   * Parses a short name such as {@code 2010}, {@code 2019}, {@code SE} or {@code Online}, or a
   * constant name.
   */
  public static ExchangeVersion parse(String text) {
    Objects.requireNonNull(text, "'version' must not be null");
    String t = text.trim().toUpperCase(Locale.ROOT);
    for (ExchangeVersion v : values()) {
      if (v.name().equals(t)
          || v.name().equals("EXCHANGE_" + t)
          || v.productName.toUpperCase(Locale.ROOT).equals(t)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "'version' must be one of 2010, 2013, 2016, 2019, SE, Online but was '" + text + "'");
  }
}
