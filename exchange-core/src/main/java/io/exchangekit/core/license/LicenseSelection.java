package io.exchangekit.core.license;

import java.util.Objects;
import java.util.Set;

/**
 * One licence a user should hold. {@code disabledPlans} is the final set of plans that stay
 * disabled; an empty set enables the whole package.
 */
public record LicenseSelection(AccountSkuId sku, Set<ServicePlanName> disabledPlans) {
  public LicenseSelection {
    Objects.requireNonNull(sku, "'sku' must not be null");
    disabledPlans =
        Set.copyOf(Objects.requireNonNull(disabledPlans, "'disabledPlans' must not be null"));
  }
}
