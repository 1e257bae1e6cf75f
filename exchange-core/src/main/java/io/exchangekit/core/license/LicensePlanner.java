package io.exchangekit.core.license;

import io.exchangekit.core.error.ValidationException;
import io.exchangekit.core.error.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Computes the one {@code assignLicense} call that turns a user's current licences into the desired
 * ones. Every licence and plan name is resolved against the catalog first; an unknown name is a
 * violation, reported together with all others, before anything is written.
 */
public final class LicensePlanner {
  static final String PARAMETER = "LicensesToAssignJson";

  private LicensePlanner() {}

  /**
   * @param current the licences the user holds now
   * @param desired the licences the request lists
   * @param catalog the tenant's subscribed SKUs
   * @param removeUnlisted when true, licences the request does not list are removed; otherwise they
   *     are left alone
   * @throws ValidationException when a licence or plan name does not resolve, or the same SKU is
   *     listed twice
   */
  public static LicensePlan plan(
      List<AssignedLicense> current,
      List<LicenseSelection> desired,
      SkuCatalog catalog,
      boolean removeUnlisted) {
    List<Violation> violations = new ArrayList<>();
    Map<UUID, AssignedLicense> wanted = new LinkedHashMap<>();
    for (LicenseSelection selection : desired) {
      var sku = catalog.find(selection.sku());
      if (sku.isEmpty()) {
        violations.add(
            new Violation(
                PARAMETER,
                "licence '"
                    + selection.sku()
                    + "' is not subscribed by this tenant; known SKUs: "
                    + catalog.skus().stream().map(SubscribedSku::skuPartNumber).toList()));
        continue;
      }
      if (!sku.get().accountName().equalsIgnoreCase(selection.sku().tenant())) {
        violations.add(
            new Violation(
                PARAMETER,
                "licence '"
                    + selection.sku()
                    + "' names tenant '"
                    + selection.sku().tenant()
                    + "' but this tenant's account name is '"
                    + sku.get().accountName()
                    + "'"));
        continue;
      }
      Set<UUID> disabled = new HashSet<>();
      for (ServicePlanName planName : selection.disabledPlans()) {
        sku.get()
            .plan(planName)
            .ifPresentOrElse(
                p -> disabled.add(p.id()),
                () ->
                    violations.add(
                        new Violation(
                            PARAMETER,
                            "plan '"
                                + planName
                                + "' is not part of licence '"
                                + selection.sku()
                                + "'; its plans are "
                                + sku.get().servicePlans().stream()
                                    .map(ServicePlan::name)
                                    .sorted()
                                    .toList())));
      }
      if (wanted.put(sku.get().skuId(), new AssignedLicense(sku.get().skuId(), disabled)) != null) {
        violations.add(
            new Violation(PARAMETER, "licence '" + selection.sku() + "' is listed twice"));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    List<AssignedLicense> add = new ArrayList<>();
    for (AssignedLicense w : wanted.values()) {
      boolean held = current.stream().anyMatch(c -> c.equals(w));
      if (!held) {
        add.add(w);
      }
    }
    Set<UUID> remove = new HashSet<>();
    if (removeUnlisted) {
      current.stream()
          .map(AssignedLicense::skuId)
          .filter(id -> !wanted.containsKey(id))
          .forEach(remove::add);
    }
    return new LicensePlan(add, remove);
  }

  /**
   * The plan that removes every licence carrying an Exchange mailbox plan, for removing an Online
   * mailbox while keeping the user.
   */
  public static LicensePlan removeExchange(List<AssignedLicense> current, SkuCatalog catalog) {
    Set<UUID> remove = new HashSet<>();
    for (AssignedLicense l : current) {
      catalog
          .find(l.skuId())
          .filter(s -> s.servicePlans().stream().anyMatch(ServicePlan::isExchangeMailboxPlan))
          .ifPresent(s -> remove.add(s.skuId()));
    }
    return new LicensePlan(List.of(), remove);
  }
}
