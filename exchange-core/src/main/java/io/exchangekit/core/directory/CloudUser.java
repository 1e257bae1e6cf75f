package io.exchangekit.core.directory;

import io.exchangekit.core.license.AssignedLicense;
import io.exchangekit.core.license.ServicePlan;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A user in the tenant's directory, as Microsoft Graph reports it. */
public record CloudUser(
    String id,
    UserPrincipalName userPrincipalName,
    DisplayName displayName,
    boolean accountEnabled,
    Optional<UsageLocation> usageLocation,
    List<AssignedLicense> licenses) {
  public CloudUser {
    Objects.requireNonNull(id, "'id' must not be null");
    Objects.requireNonNull(userPrincipalName, "'userPrincipalName' must not be null");
    Objects.requireNonNull(displayName, "'displayName' must not be null");
    Objects.requireNonNull(usageLocation, "'usageLocation' must not be null");
    licenses = List.copyOf(licenses);
  }

  /** True when one of the user's licences has an enabled Exchange mailbox plan. */
  public boolean hasExchangeLicense(SkuCatalog catalog) {
    return licenses.stream()
        .anyMatch(
            l ->
                catalog
                    .find(l.skuId())
                    .map(
                        s ->
                            s.servicePlans().stream()
                                .filter(ServicePlan::isExchangeMailboxPlan)
                                .anyMatch(p -> !l.disabledPlans().contains(p.id())))
                    .orElse(false));
  }
}
