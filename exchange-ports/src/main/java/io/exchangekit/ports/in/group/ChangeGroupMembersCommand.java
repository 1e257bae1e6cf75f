package io.exchangekit.ports.in.group;

import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.Objects;

/**
 * Add, remove or replace members of a distribution group.
 *
 * @param group the group; never null
 * @param mode connector scope; never null
 * @param change the members to add (ADD), remove (DELETE) or keep exactly (REPLACE); never null
 * @param dryRun plan only
 */
public record ChangeGroupMembersCommand(
    RecipientIdentity group, ConnectorMode mode, MultiValue change, boolean dryRun) {
  public ChangeGroupMembersCommand {
    Objects.requireNonNull(group, "'group' must not be null");
    Objects.requireNonNull(mode, "'mode' must not be null");
    Objects.requireNonNull(change, "'change' must not be null");
  }
}
