package io.exchangekit.core.planning;

import static io.exchangekit.core.mailbox.MailboxParameter.ALIAS;
import static io.exchangekit.core.mailbox.MailboxParameter.DISPLAY_NAME;
import static io.exchangekit.core.mailbox.MailboxParameter.LICENSES;
import static io.exchangekit.core.mailbox.MailboxParameter.PASSWORD;
import static io.exchangekit.core.mailbox.MailboxParameter.USAGE_LOCATION;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.license.LicensePlan;
import io.exchangekit.core.license.LicensePlanner;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mode.MailboxLifecycle.Removal;
import io.exchangekit.core.mode.Stage;
import io.exchangekit.core.mode.Warning;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.planning.ParameterDecisions.Decided;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The directory side of an Exchange Online user: its cloud user, usage location and licences. */
final class CloudUserPlans {
  private CloudUserPlans() {}

  /**
   * Creates or converges the cloud user whose licence makes Exchange Online create the mailbox; the
   * settings Exchange carries wait for a later request (PENDING).
   */
  static ProvisioningPlan create(
      MailboxRequest request,
      PlanningContext context,
      Optional<CloudUser> cloudUser,
      SkuCatalog catalog,
      List<Decided> decided,
      List<Warning> warnings) {
    UserPrincipalName upn = request.userPrincipalName().orElseThrow();
    List<DirectoryAction> actions = new ArrayList<>();
    MailboxSettings s = request.settings();
    if (cloudUser.isEmpty()) {
      actions.add(
          new DirectoryAction.CreateCloudUser(
              upn,
              s.get(DISPLAY_NAME, DisplayName.class).orElseThrow(),
              s.get(ALIAS, Alias.class).orElseGet(() -> Alias.of(upn.localPart())),
              s.get(USAGE_LOCATION, UsageLocation.class).orElseThrow(),
              s.get(PASSWORD, Secret.class)));
      if (!s.licenses().isEmpty()) {
        actions.add(
            new DirectoryAction.AssignLicenses(
                upn,
                LicensePlanner.plan(
                    List.of(), s.licenses(), catalog, context.options().removeUnlistedLicenses())));
      }
    } else {
      actions.addAll(converge(request, context, cloudUser.get(), catalog));
    }
    List<String> pending =
        decided.stream()
            .filter(d -> d.stage() == Stage.PENDING)
            .map(d -> d.parameter().attributeName())
            .toList();
    return new ProvisioningPlan(
        ExchangePlan.EMPTY, new DirectoryPlan(actions), warnings, pending, true);
  }

  /** The changes that make an existing cloud user's usage location and licences match. */
  static List<DirectoryAction> converge(
      MailboxRequest request, PlanningContext context, CloudUser user, SkuCatalog catalog) {
    List<DirectoryAction> actions = new ArrayList<>();
    MailboxSettings s = request.settings();
    s.get(USAGE_LOCATION, UsageLocation.class)
        .filter(l -> !user.usageLocation().equals(Optional.of(l)))
        .ifPresent(
            l -> actions.add(new DirectoryAction.SetUsageLocation(user.userPrincipalName(), l)));
    if (s.has(LICENSES)) {
      LicensePlan plan =
          LicensePlanner.plan(
              user.licenses(), s.licenses(), catalog, context.options().removeUnlistedLicenses());
      if (!plan.isEmpty()) {
        actions.add(new DirectoryAction.AssignLicenses(user.userPrincipalName(), plan));
      }
    }
    return actions;
  }

  /** Removes an Exchange Online user's mailbox as the lifecycle row says; nothing when gone. */
  static DirectoryPlan remove(Removal removal, Optional<CloudUser> cloudUser, SkuCatalog catalog) {
    if (cloudUser.isEmpty()) {
      return DirectoryPlan.EMPTY;
    }
    UserPrincipalName upn = cloudUser.get().userPrincipalName();
    if (removal instanceof Removal.DeleteCloudUser) {
      return new DirectoryPlan(List.of(new DirectoryAction.DeleteCloudUser(upn)));
    }
    LicensePlan plan = LicensePlanner.removeExchange(cloudUser.get().licenses(), catalog);
    return plan.isEmpty()
        ? DirectoryPlan.EMPTY
        : new DirectoryPlan(List.of(new DirectoryAction.AssignLicenses(upn, plan)));
  }
}
