package io.exchangekit.ports.in.group;

import io.exchangekit.core.group.DistributionGroupSettings;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.List;
import java.util.Objects;

/**
 * Create a distribution group or bring it in line with the request.
 *
 * @param identity the group's identity (name, alias or address); never null
 * @param mode connector scope (the new-user behaviour does not matter for groups); never null
 * @param settings the parameters to set; Members changes are applied member by member; never null
 * @param dryRun plan only
 * @param memberRemovals members to remove after the settings are applied, for a request that adds
 *     members (Members ADD in {@code settings}) and removes others at the same time; a member both
 *     added and removed ends up removed; ignored when the group does not exist yet, since a new
 *     group has no members to remove; never null, empty for none
 */
public record SaveDistributionGroupCommand(
    RecipientIdentity identity,
    ConnectorMode mode,
    DistributionGroupSettings settings,
    boolean dryRun,
    List<RecipientIdentity> memberRemovals) {
  public SaveDistributionGroupCommand {
    Objects.requireNonNull(identity, "'identity' must not be null");
    Objects.requireNonNull(mode, "'mode' must not be null");
    Objects.requireNonNull(settings, "'settings' must not be null");
    memberRemovals =
        List.copyOf(Objects.requireNonNull(memberRemovals, "'memberRemovals' must not be null"));
  }

  /** A save that removes no members beyond what {@code settings} says. */
  public SaveDistributionGroupCommand(
      RecipientIdentity identity,
      ConnectorMode mode,
      DistributionGroupSettings settings,
      boolean dryRun) {
    this(identity, mode, settings, dryRun, List.of());
  }
}
