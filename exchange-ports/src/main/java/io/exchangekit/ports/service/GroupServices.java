package io.exchangekit.ports.service;

import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.planning.GroupPlanner;
import io.exchangekit.core.planning.ProvisioningPlan;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.ports.in.Outcome;
import io.exchangekit.ports.in.group.ChangeGroupMembersCommand;
import io.exchangekit.ports.in.group.ChangeGroupMembersUseCase;
import io.exchangekit.ports.in.group.DeleteDistributionGroupUseCase;
import io.exchangekit.ports.in.group.GroupCommand;
import io.exchangekit.ports.in.group.SaveDistributionGroupCommand;
import io.exchangekit.ports.in.group.SaveDistributionGroupUseCase;
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
    ProvisioningPlan plan =
        GroupPlanner.save(
            command.identity(),
            command.settings(),
            targets.context(mode),
            state(mode, command.identity()));
    return targets.execute(mode.scope(), plan, command.dryRun());
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
