package io.exchangekit.ports.in.group;

import io.exchangekit.core.group.DistributionGroupSettings;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.Objects;

/**
 * Create a distribution group or bring it in line with the request.
 *
 * @param identity the group's identity (name, alias or address); never null
 * @param mode connector scope (the new-user behaviour does not matter for groups); never null
 * @param settings the parameters to set; Members changes are applied member by member; never null
 * @param dryRun plan only
 */
public record SaveDistributionGroupCommand(
    RecipientIdentity identity,
    ConnectorMode mode,
    DistributionGroupSettings settings,
    boolean dryRun) {
  public SaveDistributionGroupCommand {
    Objects.requireNonNull(identity, "'identity' must not be null");
    Objects.requireNonNull(mode, "'mode' must not be null");
    Objects.requireNonNull(settings, "'settings' must not be null");
  }
}
