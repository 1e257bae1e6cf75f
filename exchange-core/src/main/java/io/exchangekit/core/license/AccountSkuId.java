package io.exchangekit.core.license;

import io.exchangekit.core.recipient.Texts;
import java.util.Objects;

/**
 * A licence name in the legacy form {@code tenant:SKU_PART_NUMBER}, e.g. {@code
 * contoso:ENTERPRISEPACK}: the tenant's account name and the SKU's part number.
 */
public record AccountSkuId(String tenant, String skuPartNumber) {
  public AccountSkuId {
    Texts.require(tenant, "LicenseName tenant", 256);
    Texts.require(skuPartNumber, "LicenseName SKU", 256);
    if (tenant.contains(":") || skuPartNumber.contains(":")) {
      throw new IllegalArgumentException("'LicenseName' must contain exactly one ':'");
    }
  }

  /** Parses {@code tenant:SKU_PART_NUMBER}. */
  public static AccountSkuId parse(String text) {
    Objects.requireNonNull(text, "'LicenseName' must not be null");
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException(
          "'LicenseName' must have the form tenant:SKU_PART_NUMBER (e.g. contoso:ENTERPRISEPACK)"
              + " but was '"
              + text
              + "'");
    }
    return new AccountSkuId(text.substring(0, colon), text.substring(colon + 1));
  }

  @Override
  public String toString() {
    return tenant + ":" + skuPartNumber;
  }
}
