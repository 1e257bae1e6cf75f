package io.exchangekit.ports.service;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.license.LicensePlan;
import io.exchangekit.core.license.LicensePlanner;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.planning.ProvisioningPlan;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.ports.in.Outcome;
import io.exchangekit.ports.in.connection.TestConnectionUseCase;
import io.exchangekit.ports.in.license.AssignLicensesCommand;
import io.exchangekit.ports.in.license.AssignLicensesUseCase;
import io.exchangekit.ports.in.search.SearchRecipientsQuery;
import io.exchangekit.ports.in.search.SearchRecipientsUseCase;
import java.util.List;
import java.util.stream.Stream;

/** Licences, search and connection tests. */
final class DirectoryServices
    implements AssignLicensesUseCase, SearchRecipientsUseCase, TestConnectionUseCase {
  private final Targets targets;

  DirectoryServices(Targets targets) {
    this.targets = targets;
  }

  @Override
  public Outcome assign(AssignLicensesCommand command) {
    var directory = targets.directory();
    CloudUser user =
        directory
            .findUser(command.user())
            .orElseThrow(
                () ->
                    new UnknownObjectException(
                        "The cloud user '" + command.user() + "' does not exist"));
    LicensePlan plan =
        LicensePlanner.plan(
            user.licenses(),
            command.licenses(),
            directory.subscribedSkus(command.licenses()),
            command.removeUnlisted());
    DirectoryPlan actions =
        plan.isEmpty()
            ? DirectoryPlan.EMPTY
            : new DirectoryPlan(List.of(new DirectoryAction.AssignLicenses(command.user(), plan)));
    return targets.execute(
        Scope.ONLINE,
        new ProvisioningPlan(ExchangePlan.EMPTY, actions, List.of(), List.of(), false),
        command.dryRun());
  }

  @Override
  public Stream<RecipientRecord> search(SearchRecipientsQuery query) {
    return targets.exchange(query.scope()).query().search(query.query());
  }

  @Override
  public ExchangeVersion test(Scope scope) {
    ExchangeVersion version = targets.exchange(scope).commands().version();
    if (scope != Scope.PREMISE) {
      targets.directory().subscribedSkus();
    }
    return version;
  }
}
