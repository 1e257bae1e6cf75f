package io.exchangekit.adapter.graph;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.license.AssignedLicense;
import io.exchangekit.core.license.LicensePlan;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.license.SubscribedSku;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.plan.Step;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The cloud-directory port over Microsoft Graph. */
final class GraphCloudDirectoryAdapter implements CloudDirectoryPort {

  private final GraphDirectoryClient client;

  GraphCloudDirectoryAdapter(GraphDirectoryClient client) {
    this.client = client;
  }

  @Override
  public Optional<CloudUser> findUser(UserPrincipalName user) {
    Objects.requireNonNull(user, "'user' must not be null");
    return client.findUser(user);
  }

  @Override
  public SkuCatalog subscribedSkus() {
    return client.subscribedSkus();
  }

  @Override
  public SkuCatalog subscribedSkus(Collection<LicenseSelection> needed) {
    Objects.requireNonNull(needed, "'needed' must not be null");
    return client.subscribedSkus(needed);
  }

  @Override
  public Step.Directory apply(DirectoryAction action) {
    Objects.requireNonNull(action, "'action' must not be null");
    return new Step.Directory(action, run(action));
  }

  @Override
  public List<PlannedStep> render(DirectoryPlan plan) {
    Objects.requireNonNull(plan, "'plan' must not be null");
    return new GraphRequests(client.baseUrl()).render(plan.actions());
  }

  private String run(DirectoryAction action) {
    UserPrincipalName upn = action.user();
    if (action instanceof DirectoryAction.CreateCloudUser create) {
      return client.createUser(create)
          ? "created cloud user " + upn
          : "cloud user " + upn + " already existed";
    }
    if (action instanceof DirectoryAction.SetUsageLocation set) {
      client.setUsageLocation(upn, set.usageLocation());
      return "set usage location of " + upn + " to " + set.usageLocation();
    }
    if (action instanceof DirectoryAction.AssignLicenses assign) {
      LicensePlan sent = client.assignLicenses(upn, assign.plan());
      return sent.isEmpty()
          ? "licences of " + upn + " already as requested"
          : "assigned licences to " + upn + ": " + describe(sent);
    }
    if (action instanceof DirectoryAction.SetSignIn signIn) {
      client.setSignIn(upn, signIn.enabled());
      return (signIn.enabled() ? "allowed" : "blocked") + " sign-in of " + upn;
    }
    if (action instanceof DirectoryAction.RevokeSignInSessions) {
      client.revokeSessions(upn);
      return "revoked sign-in sessions of " + upn;
    }
    if (action instanceof DirectoryAction.DeleteCloudUser) {
      return client.deleteUser(upn)
          ? "deleted cloud user " + upn
          : "cloud user " + upn + " was already gone";
    }
    throw new IllegalArgumentException("unknown directory action " + action.getClass().getName());
  }

  private String describe(LicensePlan plan) {
    SkuCatalog catalog = client.subscribedSkus();
    List<String> parts = new ArrayList<>();
    for (AssignedLicense l : plan.add()) {
      Optional<SubscribedSku> sku = catalog.find(l.skuId());
      List<String> disabled =
          l.disabledPlans().stream()
              .map(
                  id ->
                      sku.flatMap(
                              s ->
                                  s.servicePlans().stream()
                                      .filter(p -> p.id().equals(id))
                                      .findFirst())
                          .map(p -> p.name())
                          .orElse(id.toString()))
              .sorted()
              .toList();
      parts.add(
          "+" + name(catalog, l.skuId()) + (disabled.isEmpty() ? "" : " without " + disabled));
    }
    for (UUID r : plan.remove()) {
      parts.add("-" + name(catalog, r));
    }
    return String.join(", ", parts);
  }

  private static String name(SkuCatalog catalog, UUID skuId) {
    return catalog.find(skuId).map(SubscribedSku::skuPartNumber).orElse(skuId.toString());
  }
}
