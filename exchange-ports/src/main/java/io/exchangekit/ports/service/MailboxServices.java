package io.exchangekit.ports.service;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.planning.AccessPlanner;
import io.exchangekit.core.planning.MailboxPlanner;
import io.exchangekit.core.planning.MailboxRequest;
import io.exchangekit.core.planning.PasswordPlanner;
import io.exchangekit.core.planning.PlanningContext;
import io.exchangekit.core.planning.ProvisioningPlan;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.ports.in.Outcome;
import io.exchangekit.ports.in.mailbox.LockMailboxUseCase;
import io.exchangekit.ports.in.mailbox.MailboxCommand;
import io.exchangekit.ports.in.mailbox.ProvisionMailboxCommand;
import io.exchangekit.ports.in.mailbox.ProvisionMailboxUseCase;
import io.exchangekit.ports.in.mailbox.RemoveMailboxUseCase;
import io.exchangekit.ports.in.mailbox.ResetPasswordCommand;
import io.exchangekit.ports.in.mailbox.ResetPasswordUseCase;
import io.exchangekit.ports.in.mailbox.UnlockMailboxUseCase;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The mailbox use cases: load state, plan, run. */
final class MailboxServices
    implements ProvisionMailboxUseCase,
        RemoveMailboxUseCase,
        LockMailboxUseCase,
        UnlockMailboxUseCase,
        ResetPasswordUseCase {
  private final Targets targets;

  MailboxServices(Targets targets) {
    this.targets = targets;
  }

  /** The state for a plan that sets {@code wanted} (nothing for removal, lock and unlock). */
  private MailboxState state(
      ConnectorMode mode, RecipientIdentity identity, Set<MailboxParameter> wanted) {
    return targets.exchange(mode.scope()).state().loadMailbox(identity, wanted);
  }

  @Override
  public Outcome provision(ProvisionMailboxCommand command) {
    ConnectorMode mode = command.mode();
    PlanningContext context = targets.context(mode);
    MailboxState current = state(mode, command.identity(), command.settings().parameters());
    ProvisioningPlan plan =
        MailboxPlanner.provision(
            new MailboxRequest(command.identity(), command.settings(), command.rejected()),
            context,
            current,
            targets.cloudUser(mode, command.identity(), current),
            targets.catalog(mode, command.settings().licenses()));
    return targets.execute(mode.scope(), plan, command.dryRun());
  }

  @Override
  public Outcome remove(MailboxCommand command) {
    return whole(
        command,
        (id, context, state, cloud) ->
            MailboxPlanner.remove(
                id, context, state, cloud, targets.catalog(command.mode(), List.of())));
  }

  @Override
  public Outcome lock(MailboxCommand command) {
    return whole(command, AccessPlanner::lock);
  }

  @Override
  public Outcome unlock(MailboxCommand command) {
    return whole(command, AccessPlanner::unlock);
  }

  /** A planner for a request that names a mailbox as a whole. */
  @FunctionalInterface
  private interface WholeMailboxPlanner {
    ProvisioningPlan plan(
        RecipientIdentity identity,
        PlanningContext context,
        MailboxState current,
        Optional<CloudUser> cloudUser);
  }

  private Outcome whole(MailboxCommand command, WholeMailboxPlanner planner) {
    ConnectorMode mode = command.mode();
    MailboxState current = state(mode, command.identity(), Set.of());
    ProvisioningPlan plan =
        planner.plan(
            command.identity(),
            targets.context(mode),
            current,
            targets.cloudUser(mode, command.identity(), current));
    return targets.execute(mode.scope(), plan, command.dryRun());
  }

  @Override
  public Outcome resetPassword(ResetPasswordCommand command) {
    ConnectorMode mode = command.mode();
    PlanningContext context = targets.context(mode);
    MailboxState current =
        mode.isOnline() ? MailboxState.ABSENT : state(mode, command.identity(), Set.of());
    ProvisioningPlan plan =
        PasswordPlanner.reset(
            command.identity(), command.password(), command.changeAtNextLogon(), context, current);
    return targets.execute(mode.scope(), plan, command.dryRun());
  }
}
