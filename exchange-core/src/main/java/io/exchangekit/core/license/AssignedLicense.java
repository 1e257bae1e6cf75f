package io.exchangekit.core.license;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A licence as Graph stores it: the SKU id and the ids of its disabled plans. */
public record AssignedLicense(UUID skuId, Set<UUID> disabledPlans) {
  public AssignedLicense {
    Objects.requireNonNull(skuId, "'skuId' must not be null");
    disabledPlans = Set.copyOf(disabledPlans);
  }
}
