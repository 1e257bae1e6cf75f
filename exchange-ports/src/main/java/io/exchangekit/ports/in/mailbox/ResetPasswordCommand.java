package io.exchangekit.ports.in.mailbox;

import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import java.util.Objects;

/**
 * Set a new password for the user of {@code identity}.
 *
 * @param identity the user; never null
 * @param mode connector mode; only create behaviour owns passwords; never null
 * @param password the new password; never null, never printed
 * @param changeAtNextLogon the user must change it at the next sign-in
 * @param dryRun plan only
 */
public record ResetPasswordCommand(
    RecipientIdentity identity,
    ConnectorMode mode,
    Secret password,
    boolean changeAtNextLogon,
    boolean dryRun) {
  public ResetPasswordCommand {
    Objects.requireNonNull(identity, "'identity' must not be null");
    Objects.requireNonNull(mode, "'mode' must not be null");
    Objects.requireNonNull(password, "'password' must not be null");
  }
}
