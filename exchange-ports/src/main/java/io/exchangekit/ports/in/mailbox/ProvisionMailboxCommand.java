package io.exchangekit.ports.in.mailbox;

import io.exchangekit.core.error.Violation;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.List;
import java.util.Objects;

/**
 * Create or update the mailbox of {@code identity}.
 *
 * @param identity the principal: a UPN, or in enable behaviour any identity of the existing user;
 *     never null
 * @param mode connector scope and new-user behaviour; never null
 * @param settings the parameters to set; absent ones are left as they are; never null
 * @param dryRun plan only: nothing is sent to the target
 * @param rejected values of the request that were refused while reading it (a driving adapter's
 *     parse errors); the use case reports them together with what the mode requires, in one {@link
 *     io.exchangekit.core.error.ValidationException}, and runs nothing; never null
 */
public record ProvisionMailboxCommand(
    RecipientIdentity identity,
    ConnectorMode mode,
    MailboxSettings settings,
    boolean dryRun,
    List<Violation> rejected) {
  public ProvisionMailboxCommand {
    Objects.requireNonNull(identity, "'identity' must not be null");
    Objects.requireNonNull(mode, "'mode' must not be null");
    Objects.requireNonNull(settings, "'settings' must not be null");
    rejected = List.copyOf(rejected);
  }

  /** A command whose values were all accepted. */
  public ProvisionMailboxCommand(
      RecipientIdentity identity, ConnectorMode mode, MailboxSettings settings, boolean dryRun) {
    this(identity, mode, settings, dryRun, List.of());
  }
}
