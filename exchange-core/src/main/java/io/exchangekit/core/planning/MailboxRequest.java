package io.exchangekit.core.planning;

import io.exchangekit.core.error.Violation;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.UserPrincipalName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to create or update the mailbox of {@code identity} with {@code settings}; {@code
 * rejected} lists the values that were refused while reading the request, so that the planner
 * reports them together with what the mode requires, all at once.
 */
public record MailboxRequest(
    RecipientIdentity identity, MailboxSettings settings, List<Violation> rejected) {
  public MailboxRequest {
    Objects.requireNonNull(identity, "'identity' must not be null");
    Objects.requireNonNull(settings, "'settings' must not be null");
    rejected = List.copyOf(rejected);
  }

  public MailboxRequest(RecipientIdentity identity, MailboxSettings settings) {
    this(identity, settings, List.of());
  }

  /** True when the request gave the parameter, with a valid value or a rejected one. */
  public boolean gives(MailboxParameter parameter) {
    return settings.has(parameter)
        || rejected.stream()
            .anyMatch(v -> v.parameter().equalsIgnoreCase(parameter.attributeName()));
  }

  public MailboxType type() {
    return settings.get(MailboxParameter.MAILBOX_TYPE, MailboxType.class).orElse(MailboxType.USER);
  }

  /** The UPN: the UserPrincipalName parameter, or the identity when it has UPN form. */
  public Optional<UserPrincipalName> userPrincipalName() {
    Optional<UserPrincipalName> given =
        settings.get(MailboxParameter.USER_PRINCIPAL_NAME, UserPrincipalName.class);
    if (given.isPresent()) {
      return given;
    }
    try {
      return Optional.of(UserPrincipalName.of(identity.value()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
