package io.exchangekit.ports.service;

import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mailbox.ValueOperation;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.planning.GroupPlanner;
import io.exchangekit.core.planning.ProvisioningPlan;
import io.exchangekit.core.recipient.KnownRecipient;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.ports.in.Outcome;
import io.exchangekit.ports.in.group.ChangeGroupMembersCommand;
import io.exchangekit.ports.in.group.ChangeGroupMembersUseCase;
import io.exchangekit.ports.in.group.DeleteDistributionGroupUseCase;
import io.exchangekit.ports.in.group.GroupCommand;
import io.exchangekit.ports.in.group.SaveDistributionGroupCommand;
import io.exchangekit.ports.in.group.SaveDistributionGroupUseCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The distribution-group use cases. */
final class GroupServices
    implements SaveDistributionGroupUseCase,
        DeleteDistributionGroupUseCase,
        ChangeGroupMembersUseCase {
  private final Targets targets;

  GroupServices(Targets targets) {
    this.targets = targets;
  }

  private Optional<GroupState> state(ConnectorMode mode, RecipientIdentity identity) {
    return targets.exchange(mode.scope()).state().loadGroup(identity);
  }

  @Override
  public Outcome save(SaveDistributionGroupCommand command) {
    ConnectorMode mode = command.mode();
    Optional<GroupState> current = state(mode, command.identity());
    ProvisioningPlan plan =
        GroupPlanner.save(command.identity(), command.settings(), targets.context(mode), current);
    if (current.isPresent() && !command.memberRemovals().isEmpty()) {
      plan = withRemovals(plan, command, current.get());
    }
    return targets.execute(mode.scope(), plan, command.dryRun());
  }

  /**
   * The saved plan followed by the removals. They run after the save, so they are planned against
   * the members the save leaves: a member the request both adds and removes ends up removed.
   */
  private static ProvisioningPlan withRemovals(
      ProvisioningPlan saved, SaveDistributionGroupCommand command, GroupState before) {
    List<KnownRecipient> afterSave =
        command
            .settings()
            .get(GroupParameter.MEMBERS, MultiValue.class)
            .map(members -> members.applyTo(before.members()))
            .orElse(before.members());
    ProvisioningPlan removals =
        GroupPlanner.changeMembers(
            command.identity(),
            new MultiValue(ValueOperation.DELETE, command.memberRemovals()),
            Optional.of(new GroupState(before.values(), afterSave, before.listed())));
    List<ExchangeCommand> commands = new ArrayList<>(saved.exchange().commands());
    commands.addAll(removals.exchange().commands());
    return new ProvisioningPlan(
        new ExchangePlan(commands),
        saved.directory(),
        saved.warnings(),
        saved.pending(),
        saved.awaitsMailbox());
  }

  @Override
  public Outcome delete(GroupCommand command) {
    ConnectorMode mode = command.mode();
    ProvisioningPlan plan =
        GroupPlanner.delete(command.identity(), state(mode, command.identity()));
    return targets.execute(mode.scope(), plan, command.dryRun());
  }

  @Override
  public Outcome changeMembers(ChangeGroupMembersCommand command) {
    ConnectorMode mode = command.mode();
    ProvisioningPlan plan =
        GroupPlanner.changeMembers(command.group(), command.change(), state(mode, command.group()));
    return targets.execute(mode.scope(), plan, command.dryRun());
  }
}
