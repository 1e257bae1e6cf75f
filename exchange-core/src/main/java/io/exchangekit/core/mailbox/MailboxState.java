package io.exchangekit.core.mailbox;

import io.exchangekit.core.recipient.KnownRecipient;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What exists now for one identity, as the target reports it: whether a user account exists,
 * whether it has a mailbox and of which type, its current parameter values (the same typed values
 * as {@link MailboxSettings}; ModeratedBy as a REPLACE {@link MultiValue}), the enabled client
 * protocols, the custom attributes, whether the account is enabled, and the recipients listed in
 * multi-valued parameters (ModeratedBy, the delegates), each resolved to who it is.
 *
 * @param listed the recipients Exchange listed for a multi-valued parameter, each resolved to its
 *     key and names; a parameter missing here is known only as {@code values} print it (see {@link
 *     #recipients})
 */
public record MailboxState(
    boolean userExists,
    Optional<MailboxType> mailboxType,
    MailboxSettings values,
    Set<CasProtocol> enabledProtocols,
    Map<Integer, String> customAttributes,
    boolean accountEnabled,
    Map<MailboxParameter, List<KnownRecipient>> listed) {

  public MailboxState {
    Objects.requireNonNull(mailboxType, "'mailboxType' must not be null");
    Objects.requireNonNull(values, "'values' must not be null");
    enabledProtocols =
        enabledProtocols.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabledProtocols));
    customAttributes = Map.copyOf(customAttributes);
    Map<MailboxParameter, List<KnownRecipient>> copy = new EnumMap<>(MailboxParameter.class);
    Objects.requireNonNull(listed, "'listed' must not be null")
        .forEach((p, l) -> copy.put(p, List.copyOf(l)));
    listed = Map.copyOf(copy);
    if (mailboxType.isPresent() && !userExists) {
      throw new IllegalArgumentException("a mailbox cannot exist without its user");
    }
  }

  /** A state whose listed recipients are known only as {@code values} print them. */
  public MailboxState(
      boolean userExists,
      Optional<MailboxType> mailboxType,
      MailboxSettings values,
      Set<CasProtocol> enabledProtocols,
      Map<Integer, String> customAttributes,
      boolean accountEnabled) {
    this(
        userExists,
        mailboxType,
        values,
        enabledProtocols,
        customAttributes,
        accountEnabled,
        Map.of());
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
        userExists, mailboxType, values, protocols, customAttributes, accountEnabled, listed);
  }

  public MailboxState withCustomAttributes(Map<Integer, String> attributes) {
    return new MailboxState(
        userExists, mailboxType, values, enabledProtocols, attributes, accountEnabled, listed);
  }

  /** A copy in which Exchange listed {@code recipients} for {@code parameter}. */
  public MailboxState withListed(MailboxParameter parameter, List<KnownRecipient> recipients) {
    Map<MailboxParameter, List<KnownRecipient>> next = new EnumMap<>(MailboxParameter.class);
    next.putAll(listed);
    next.put(parameter, recipients);
    return new MailboxState(
        userExists, mailboxType, values, enabledProtocols, customAttributes, accountEnabled, next);
  }

  /**
   * The recipients {@code parameter} lists now: as resolved by the state read where it did, else
   * the values printed in {@link #values()}, each known only by its text.
   */
  public List<KnownRecipient> recipients(MailboxParameter parameter) {
    List<KnownRecipient> resolved = listed.get(parameter);
    if (resolved != null) {
      return resolved;
    }
    return values.value(parameter).map(MultiValue::printed).orElse(List.of());
  }
}
