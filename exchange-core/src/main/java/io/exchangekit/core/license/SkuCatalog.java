package io.exchangekit.core.license;

import io.exchangekit.core.error.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The tenant's subscribed SKUs: what licence names and plan names resolve to. */
public record SkuCatalog(List<SubscribedSku> skus) {
  public SkuCatalog {
    skus = List.copyOf(skus);
  }

  public Optional<SubscribedSku> find(AccountSkuId id) {
    return skus.stream()
        .filter(s -> s.skuPartNumber().equalsIgnoreCase(id.skuPartNumber()))
        .findFirst();
  }

  public Optional<SubscribedSku> find(UUID skuId) {
    return skus.stream().filter(s -> s.skuId().equals(skuId)).findFirst();
  }

  /** True when the selection's licence and every plan it names are known to this catalog. */
  public boolean resolves(LicenseSelection selection) {
    return find(selection.sku())
        .map(sku -> selection.disabledPlans().stream().allMatch(p -> sku.plan(p).isPresent()))
        .orElse(false);
  }

  /**
   * The SKU and plan ids a licence plan adds that this tenant does not subscribe, each described
   * ({@code SKU <id>}, {@code plan <id> of <SKU part number>}); empty when every id is known.
   */
  public List<String> unknownIn(LicensePlan plan) {
    List<String> unknown = new ArrayList<>();
    for (AssignedLicense l : plan.add()) {
      Optional<SubscribedSku> sku = find(l.skuId());
      if (sku.isEmpty()) {
        unknown.add("SKU " + l.skuId());
        continue;
      }
      Set<UUID> plans =
          sku.get().servicePlans().stream().map(ServicePlan::id).collect(Collectors.toSet());
      l.disabledPlans().stream()
          .filter(p -> !plans.contains(p))
          .forEach(p -> unknown.add("plan " + p + " of " + sku.get().skuPartNumber()));
    }
    return unknown;
  }

  /**
   * Checks a licence plan before anything is written.
   *
   * @throws InvalidValueException naming {@code LicensesToAssignJson} when the plan adds a SKU or
   *     disables a plan this tenant does not subscribe
   */
  public void requireSubscribed(LicensePlan plan) {
    List<String> unknown = unknownIn(plan);
    if (!unknown.isEmpty()) {
      throw new InvalidValueException(
          "licences or plans not subscribed by this tenant: " + unknown,
          List.of(LicensePlanner.PARAMETER));
    }
  }
}
