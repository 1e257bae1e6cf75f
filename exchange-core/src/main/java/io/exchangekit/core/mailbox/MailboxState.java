package io.exchangekit.core.mailbox;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What exists now for one identity, as the target reports it: whether a user account exists,
 * whether it has a mailbox and of which type, its current parameter values (the same typed values
 * as {@link MailboxSettings}; ModeratedBy as a REPLACE {@link MultiValue}), the enabled client
 * protocols, the custom attributes and whether the account is enabled.
 */
public record MailboxState(
    boolean userExists,
    Optional<MailboxType> mailboxType,
    MailboxSettings values,
    Set<CasProtocol> enabledProtocols,
    Map<Integer, String> customAttributes,
    boolean accountEnabled) {

  public MailboxState {
    Objects.requireNonNull(mailboxType, "'mailboxType' must not be null");
    Objects.requireNonNull(values, "'values' must not be null");
    enabledProtocols =
        enabledProtocols.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabledProtocols));
    customAttributes = Map.copyOf(customAttributes);
    if (mailboxType.isPresent() && !userExists) {
      throw new IllegalArgumentException("a mailbox cannot exist without its user");
    }
  }

  /** Nothing exists for the identity. */
  public static final MailboxState ABSENT =
      new MailboxState(false, Optional.empty(), MailboxSettings.EMPTY, Set.of(), Map.of(), false);

  /** A user without a mailbox. */
  public static MailboxState userWithoutMailbox(MailboxSettings values) {
    return new MailboxState(true, Optional.empty(), values, Set.of(), Map.of(), true);
  }

  /** A mailbox with all protocols enabled. */
  public static MailboxState mailbox(MailboxType type, MailboxSettings values) {
    return new MailboxState(
        true, Optional.of(type), values, EnumSet.allOf(CasProtocol.class), Map.of(), true);
  }

  public boolean hasMailbox() {
    return mailboxType.isPresent();
  }

  public MailboxState withProtocols(Set<CasProtocol> protocols) {
    return new MailboxState(
        userExists, mailboxType, values, protocols, customAttributes, accountEnabled);
  }

  public MailboxState withCustomAttributes(Map<Integer, String> attributes) {
    return new MailboxState(
        userExists, mailboxType, values, enabledProtocols, attributes, accountEnabled);
  }
}
