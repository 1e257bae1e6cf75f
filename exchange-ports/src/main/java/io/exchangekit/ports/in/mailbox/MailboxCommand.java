package io.exchangekit.ports.in.mailbox;

import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.Objects;

/**
 * A request that names one mailbox and changes it as a whole: remove, lock or unlock.
 *
 * @param identity the mailbox's identity; never null
 * @param mode connector scope and new-user behaviour; never null
 * @param dryRun plan only: nothing is sent to the target
 */
public record MailboxCommand(RecipientIdentity identity, ConnectorMode mode, boolean dryRun) {
  public MailboxCommand {
    Objects.requireNonNull(identity, "'identity' must not be null");
    Objects.requireNonNull(mode, "'mode' must not be null");
  }
}
