package io.exchangekit.ports.service;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.ModeNotSupportedException;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.planning.PlanOptions;
import io.exchangekit.core.planning.PlanningContext;
import io.exchangekit.core.planning.ProvisioningPlan;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.ports.in.Outcome;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import io.exchangekit.ports.out.exchange.CommandResult;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The configured backends per scope, and how a plan runs on them. */
final class Targets {
  private final Optional<ExchangeBackend> premise;
  private final Optional<ExchangeBackend> online;
  private final Optional<CloudDirectoryPort> directory;
  private final PlanOptions options;

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

  ExchangeBackend exchange(Scope scope) {
    return (scope == Scope.ONLINE ? online : premise)
        .orElseThrow(
            () ->
                new ModeNotSupportedException(
                    "connectorScope "
                        + scope.settingValue()
                        + " is not configured in this deployment; configured: "
                        + configured()));
  }

  CloudDirectoryPort directory() {
    return directory.orElseThrow(
        () ->
            new ModeNotSupportedException(
                "online scope needs the cloud directory (Microsoft Graph), which is not configured"));
  }

  private String configured() {
    List<String> s = new ArrayList<>();
    premise.ifPresent(b -> s.add("premise"));
    online.ifPresent(b -> s.add("online"));
    return s.isEmpty() ? "none" : String.join(", ", s);
  }

  PlanningContext context(ConnectorMode mode) {
    return new PlanningContext(mode, exchange(mode.scope()).commands().version(), options);
  }

  /** The cloud user behind an identity, for Online scope; empty on-premises. */
  Optional<CloudUser> cloudUser(ConnectorMode mode, RecipientIdentity identity) {
    if (!mode.isOnline()) {
      return Optional.empty();
    }
    UserPrincipalName upn;
    try {
      upn = UserPrincipalName.of(identity.value());
    } catch (IllegalArgumentException notUpn) {
      return Optional.empty();
    }
    return directory().findUser(upn);
  }

  /** The tenant's SKUs, refreshed when one of the named licences is not in the cached copy. */
  SkuCatalog catalog(ConnectorMode mode, List<LicenseSelection> needed) {
    return mode.isOnline() ? directory().subscribedSkus(needed) : new SkuCatalog(List.of());
  }

  /** Runs the plan (Exchange first, then the directory) unless this is a dry run. */
  Outcome execute(Scope scope, ProvisioningPlan plan, boolean dryRun) {
    if (dryRun) {
      // the adapters that would run the plan render it, so the dry run shows what would be sent
      List<PlannedStep> rendered = new ArrayList<>();
      if (!plan.exchange().isEmpty()) {
        rendered.addAll(exchange(scope).commands().render(plan.exchange()));
      }
      if (!plan.directory().isEmpty()) {
        rendered.addAll(directory().render(plan.directory()));
      }
      return new Outcome(
          Outcome.Status.DRY_RUN, plan.warnings(), plan.pending(), List.of(), plan, rendered);
    }
    List<String> done = new ArrayList<>();
    try {
      if (!plan.exchange().isEmpty()) {
        for (CommandResult r : exchange(scope).commands().run(plan.exchange())) {
          done.add(r.command().purpose() + ": " + r.command().cmdlet());
        }
      }
      if (!plan.directory().isEmpty()) {
        done.addAll(directory().apply(plan.directory()));
      }
    } catch (ExchangeConnectorException e) {
      List<String> all = new ArrayList<>(done);
      all.addAll(e.completedSteps());
      throw e.withCompletedSteps(all);
    }
    Outcome.Status status = plan.awaitsMailbox() ? Outcome.Status.PENDING : Outcome.Status.SUCCESS;
    return new Outcome(status, plan.warnings(), plan.pending(), done, plan);
  }
}
