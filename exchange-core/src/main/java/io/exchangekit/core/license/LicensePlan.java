package io.exchangekit.core.license;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One {@code assignLicense} call: licences to add or change (with their final disabled plans) and
 * SKUs to remove. An empty plan needs no call.
 */
public record LicensePlan(List<AssignedLicense> add, Set<UUID> remove) {
  public LicensePlan {
    add = List.copyOf(add);
    remove = Set.copyOf(remove);
    for (AssignedLicense a : add) {
      if (remove.contains(a.skuId())) {
        throw new IllegalArgumentException(
            "SKU " + a.skuId() + " must not be both added and removed");
      }
    }
  }

  public static final LicensePlan EMPTY = new LicensePlan(List.of(), Set.of());

  public boolean isEmpty() {
    return add.isEmpty() && remove.isEmpty();
  }

  /** The assignLicense call this plan makes, in Graph's terms (SKU and plan ids). */
  @Override
  public String toString() {
    return "addLicenses="
        + add.stream()
            .map(a -> "{skuId=" + a.skuId() + ", disabledPlans=" + a.disabledPlans() + "}")
            .toList()
        + ", removeLicenses="
        + remove;
  }

  /** The licences a user holds after this plan is applied to {@code current}. */
  public List<AssignedLicense> applyTo(List<AssignedLicense> current) {
    Map<UUID, AssignedLicense> result = new HashMap<>();
    current.forEach(l -> result.put(l.skuId(), l));
    remove.forEach(result::remove);
    add.forEach(l -> result.put(l.skuId(), l));
    return List.copyOf(result.values());
  }
}
