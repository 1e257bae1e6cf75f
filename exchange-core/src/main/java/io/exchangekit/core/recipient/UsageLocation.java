package io.exchangekit.core.recipient;

import java.util.Locale;
import java.util.Set;

/** A usage location: an ISO 3166-1 alpha-2 country code, checked against the real country list. */
public record UsageLocation(String value) {
  private static final Set<String> COUNTRIES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

  public UsageLocation {
    Texts.require(value, "UsageLocation", 2);
    if (!COUNTRIES.contains(value)) {
      throw new IllegalArgumentException(
          "'UsageLocation' must be an ISO 3166-1 alpha-2 country code in upper case, such as US,"
              + " GB or DE, but was '"
              + value
              + "'");
    }
  }

  public static UsageLocation of(String value) {
    return new UsageLocation(value);
  }

  /** Every code accepted, for generators and documentation. */
  public static Set<String> codes() {
    return COUNTRIES;
  }

  @Override
  public String toString() {
    return value;
  }
}
