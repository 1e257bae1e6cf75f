package io.exchangekit.ports.in.mailbox;

import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.Objects;

/**
 * Create or update the mailbox of {@code identity}.
 *
 * @param identity the principal: a UPN, or in enable behaviour any identity of the existing user;
 *     never null
 * @param mode connector scope and new-user behaviour; never null
 * @param settings the parameters to set; absent ones are left as they are; never null
 * @param dryRun plan only: nothing is sent to the target
 */
public record ProvisionMailboxCommand(
    RecipientIdentity identity, ConnectorMode mode, MailboxSettings settings, boolean dryRun) {
  public ProvisionMailboxCommand {
    Objects.requireNonNull(identity, "'identity' must not be null");
    Objects.requireNonNull(mode, "'mode' must not be null");
    Objects.requireNonNull(settings, "'settings' must not be null");
  }
}
