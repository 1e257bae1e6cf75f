package io.exchangekit.ports.service;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.error.ModeNotSupportedException;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.planning.PlanOptions;
import io.exchangekit.core.planning.PlanningContext;
import io.exchangekit.core.planning.ProvisioningPlan;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.ports.in.Outcome;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The configured backends per scope; plans run on them through the {@link PlanExecutor}. */
final class Targets {
  private final Optional<ExchangeBackend> premise;
  private final Optional<ExchangeBackend> online;
  private final Optional<CloudDirectoryPort> directory;
  private final PlanOptions options;
  private final PlanExecutor executor = new PlanExecutor(this);

  Targets(
      Optional<ExchangeBackend> premise,
      Optional<ExchangeBackend> online,
      Optional<CloudDirectoryPort> directory,
      PlanOptions options) {
    this.premise = premise;
    this.online = online;
    this.directory = directory;
    this.options = options;
  }

  /** The backend of a scope; hybrid scope manages remote mailboxes on the on-premises server. */
  ExchangeBackend exchange(Scope scope) {
    return (scope == Scope.ONLINE ? online : premise)
        .orElseThrow(
            () ->
                new ModeNotSupportedException(
                    "connectorScope "
                        + scope.settingValue()
                        + " is not configured in this deployment"
                        + (scope == Scope.HYBRID ? " (it needs the on-premises backend)" : "")
                        + "; configured: "
                        + configured()));
  }

  CloudDirectoryPort directory() {
    return directory.orElseThrow(
        () ->
            new ModeNotSupportedException(
                "online and hybrid scope need the cloud directory (Microsoft Graph), which is not"
                    + " configured"));
  }

  private String configured() {
    List<String> s = new ArrayList<>();
    premise.ifPresent(b -> s.add("premise"));
    online.ifPresent(b -> s.add("online"));
    if (premise.isPresent() && directory.isPresent()) {
      s.add("hybrid");
    }
    return s.isEmpty() ? "none" : String.join(", ", s);
  }

  PlanningContext context(ConnectorMode mode) {
    return new PlanningContext(mode, exchange(mode.scope()).commands().version(), options);
  }

  /**
   * The cloud user behind an identity, for online and hybrid scope; empty on-premises. The
   * directory knows users by UPN: an identity in another form (alias, name, GUID) is looked up by
   * the UserPrincipalName Exchange reported for it, so that no change of the cloud user is skipped.
   */
  Optional<CloudUser> cloudUser(
      ConnectorMode mode, RecipientIdentity identity, MailboxState known) {
    if (!mode.usesCloudDirectory()) {
      return Optional.empty();
    }
    Optional<UserPrincipalName> upn;
    try {
      upn = Optional.of(UserPrincipalName.of(identity.value()));
    } catch (IllegalArgumentException notUpn) {
      upn =
          known
              .values()
              .value(MailboxParameter.USER_PRINCIPAL_NAME)
              .map(UserPrincipalName.class::cast);
    }
    return upn.flatMap(directory()::findUser);
  }

  /** The tenant's SKUs, refreshed when one of the named licences is not in the cached copy. */
  SkuCatalog catalog(ConnectorMode mode, List<LicenseSelection> needed) {
    return mode.usesCloudDirectory()
        ? directory().subscribedSkus(needed)
        : new SkuCatalog(List.of());
  }

  /** Runs the plan (Exchange first, then the directory) unless this is a dry run. */
  Outcome execute(Scope scope, ProvisioningPlan plan, boolean dryRun) {
    return executor.execute(scope, plan, dryRun);
  }
}
