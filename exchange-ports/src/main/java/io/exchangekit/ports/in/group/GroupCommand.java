package io.exchangekit.ports.in.group;

import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.Objects;

/**
 * A request that names one distribution group as a whole.
 *
 * @param identity the group; never null
 * @param mode connector scope; never null
 * @param dryRun plan only
 */
public record GroupCommand(RecipientIdentity identity, ConnectorMode mode, boolean dryRun) {
  public GroupCommand {
    Objects.requireNonNull(identity, "'identity' must not be null");
    Objects.requireNonNull(mode, "'mode' must not be null");
  }
}
