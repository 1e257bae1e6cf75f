package io.exchangekit.core.mode;

import io.exchangekit.core.mailbox.MailboxParameter;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the mode-rule table: where a parameter applies and which command carries it.
 *
 * @param modes the connector modes where it applies
 * @param versions the Exchange versions where it applies
 * @param newMailbox its New-Mailbox parameter name, if New-Mailbox takes it
 * @param enableMailbox its Enable-Mailbox parameter name, if Enable-Mailbox takes it
 * @param update the command that sets it on an existing mailbox; empty when it can only be given at
 *     creation
 * @param directory true when, for an Exchange Online user, the cloud directory carries it
 * @param switchParameter true when Exchange takes it as a switch (given only when true)
 */
public record ParameterRule(
    MailboxParameter parameter,
    Set<ConnectorMode> modes,
    Set<ExchangeVersion> versions,
    Optional<String> newMailbox,
    Optional<String> enableMailbox,
    Optional<Carrier> update,
    boolean directory,
    boolean switchParameter) {
  public ParameterRule {
    Objects.requireNonNull(parameter, "'parameter' must not be null");
    modes = Set.copyOf(modes);
    versions = Set.copyOf(versions);
    Objects.requireNonNull(newMailbox, "'newMailbox' must not be null");
    Objects.requireNonNull(enableMailbox, "'enableMailbox' must not be null");
    Objects.requireNonNull(update, "'update' must not be null");
  }
}
