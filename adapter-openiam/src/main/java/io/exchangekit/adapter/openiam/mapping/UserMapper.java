package io.exchangekit.adapter.openiam.mapping;

import io.exchangekit.adapter.openiam.model.OpenIamOperation;
import io.exchangekit.core.error.Violation;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.ports.in.mailbox.MailboxCommand;
import io.exchangekit.ports.in.mailbox.ProvisionMailboxCommand;
import io.exchangekit.ports.in.mailbox.ResetPasswordCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps the USER operations to the mailbox use cases. */
final class UserMapper {
  private final ObjectRequest request;
  private final Problems problems;

  UserMapper(ObjectRequest request) {
    this.request = request;
    this.problems = request.problems();
  }

  /**
   * @return the call; null when a violation (already recorded) leaves nothing to call
   */
  UseCaseCall map(OpenIamOperation op) {
    return switch (op) {
      case SAVE -> save();
      case DELETE -> new UseCaseCall.RemoveMailbox(mailboxCommand());
      case SUSPEND -> new UseCaseCall.LockMailbox(mailboxCommand());
      case RESUME -> new UseCaseCall.UnlockMailbox(mailboxCommand());
      case RESET_PASSWORD -> resetPassword();
      default -> throw new IllegalStateException("not an object operation: " + op);
    };
  }

  private MailboxCommand mailboxCommand() {
    return new MailboxCommand(request.identity(), request.mode(), request.dryRun());
  }

  private UseCaseCall save() {
    Problems found = new Problems();
    MailboxSettings settings = settings(found);
    // The use case reports the rejected values with what the mode requires.
    List<Violation> rejected = found.finishAsRejected(problems);
    return new UseCaseCall.ProvisionMailbox(
        new ProvisionMailboxCommand(
            request.identity(), request.mode(), settings, request.dryRun(), rejected));
  }

  private MailboxSettings settings(Problems found) {
    Attributes attributes = request.attributes();
    Map<String, List<String>> texts = new LinkedHashMap<>();
    for (Attributes.Group g : attributes.groups()) {
      if (g.isControl()) {
        continue;
      }
      Optional<MailboxParameter> p = MailboxParameter.byAttributeName(g.name());
      if (p.isEmpty()) {
        found.warn(g.name(), "ignored: not a mailbox parameter");
      } else if (p.get().isSingleText()) {
        AttributeValues.singleTexts(g, found).ifPresent(t -> texts.put(g.name(), t));
      }
    }
    if (attributes.group(MailboxParameter.USER_PRINCIPAL_NAME.attributeName()).isEmpty()) {
      try {
        texts.put(
            MailboxParameter.USER_PRINCIPAL_NAME.attributeName(),
            List.of(UserPrincipalName.of(request.identity().value()).value()));
      } catch (IllegalArgumentException notUpn) {
        // The principal is not a UPN; enable behaviour does not need one.
      }
    }
    MailboxSettings.Parsed parsed = MailboxSettings.parse(texts);
    found.addAll(parsed.violations());
    MailboxSettings.Builder settings = parsed.settings().toBuilder();
    for (MailboxParameter multi :
        List.of(
            MailboxParameter.MODERATED_BY,
            MailboxParameter.FULL_ACCESS,
            MailboxParameter.SEND_AS,
            MailboxParameter.SEND_ON_BEHALF)) {
      attributes
          .group(multi.attributeName())
          .flatMap(g -> AttributeValues.multiValue(g, false, found))
          .ifPresent(c -> settings.set(multi, c.main()));
    }
    attributes
        .group(JsonAttributes.LICENSES)
        .flatMap(g -> AttributeValues.singleTexts(g, found))
        .ifPresent(
            t -> {
              if (t.size() != 1) {
                found.violate(
                    JsonAttributes.LICENSES,
                    "takes exactly one value (a JSON array) but " + t.size() + " were given");
              } else {
                List<Violation> licenceViolations = new ArrayList<>();
                JsonAttributes.licenses(t.get(0), licenceViolations)
                    .ifPresent(l -> settings.set(MailboxParameter.LICENSES, l));
                found.addAll(licenceViolations);
              }
            });
    return settings.build();
  }

  private UseCaseCall resetPassword() {
    String passwordName = MailboxParameter.PASSWORD.attributeName();
    List<String> texts = texts(passwordName).orElse(List.of());
    Secret password = null;
    if (texts.size() != 1) {
      problems.violate(
          passwordName,
          texts.isEmpty()
              ? "is required to reset the password"
              : "takes exactly one value but " + texts.size() + " were given");
    } else {
      try {
        password = Secret.of(texts.get(0));
      } catch (IllegalArgumentException e) {
        problems.violate(passwordName, "must not contain CR, LF or NUL characters");
      }
    }
    boolean changeAtNextLogon = false;
    String nextLogon = MailboxParameter.RESET_PASSWORD_ON_NEXT_LOGON.attributeName();
    Optional<List<String>> flag = texts(nextLogon);
    if (flag.isPresent()) {
      try {
        if (flag.get().size() != 1) {
          throw new IllegalArgumentException(
              "takes exactly one value but " + flag.get().size() + " were given");
        }
        changeAtNextLogon = MailboxParameter.parseBoolean(flag.get().get(0));
      } catch (IllegalArgumentException e) {
        problems.violate(nextLogon, e.getMessage());
      }
    }
    if (request.mode().isOnline()) {
      try {
        UserPrincipalName.of(request.identity().value());
      } catch (IllegalArgumentException e) {
        problems.violate(
            "identityName",
            "must be the cloud user's UserPrincipalName (user@domain) in online scope");
      }
    }
    if (password == null) {
      return null;
    }
    return new UseCaseCall.ResetPassword(
        new ResetPasswordCommand(
            request.identity(), request.mode(), password, changeAtNextLogon, request.dryRun()));
  }

  /** A reset's texts; a reset changes nothing else, so an ignored clear is not worth a warning. */
  private Optional<List<String>> texts(String name) {
    return request
        .attributes()
        .group(name)
        .flatMap(g -> AttributeValues.singleTexts(g, new Problems()));
  }
}
