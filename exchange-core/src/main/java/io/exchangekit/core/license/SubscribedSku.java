package io.exchangekit.core.license;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A SKU the tenant has bought, with its plans and seats. */
public record SubscribedSku(
    String accountName,
    UUID skuId,
    String skuPartNumber,
    List<ServicePlan> servicePlans,
    int enabledUnits,
    int consumedUnits) {
  public SubscribedSku {
    Objects.requireNonNull(accountName, "'accountName' must not be null");
    Objects.requireNonNull(skuId, "'skuId' must not be null");
    Objects.requireNonNull(skuPartNumber, "'skuPartNumber' must not be null");
    servicePlans = List.copyOf(servicePlans);
  }

  public Optional<ServicePlan> plan(ServicePlanName name) {
    return servicePlans.stream().filter(p -> p.name().equalsIgnoreCase(name.value())).findFirst();
  }

  public int availableUnits() {
    return Math.max(0, enabledUnits - consumedUnits);
  }
}
