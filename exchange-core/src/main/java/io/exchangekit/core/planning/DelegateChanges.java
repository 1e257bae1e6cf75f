package io.exchangekit.core.planning;

import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mailbox.ValueOperation;
import io.exchangekit.core.mode.Delegation;
import io.exchangekit.core.mode.Delegation.Grant;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.planning.ParameterDecisions.Decided;
import io.exchangekit.core.recipient.KnownRecipient;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The commands that make a mailbox's delegates (FullAccess, SendAs, SendOnBehalf) match a request.
 * Current delegates are compared by who is meant ({@link KnownRecipient}), so a delegate Exchange
 * prints as {@code CONTOSO\bob} is the one a request names {@code bob@contoso.com}; a delegate is
 * added under the request's name and removed under its key.
 */
final class DelegateChanges {
  private DelegateChanges() {}

  /** True for the parameters this class plans instead of the generic follow-ups. */
  static boolean handles(MailboxParameter p) {
    return Delegation.of(p).isPresent() || p == MailboxParameter.FULL_ACCESS_AUTO_MAPPING;
  }

  /**
   * @param target how the mailbox is addressed after its creation
   * @param directoryName the mailbox's name, for cmdlets that name it as an AD object
   * @param followUps the follow-up commands; SendOnBehalf joins their Set-Mailbox
   */
  static List<ExchangeCommand> plan(
      MailboxRequest request,
      List<Decided> decided,
      MailboxState current,
      RecipientIdentity target,
      String directoryName,
      ExchangeVersion version,
      Commands followUps) {
    List<ExchangeCommand> out = new ArrayList<>();
    Optional<Boolean> autoMapping =
        decided.stream().anyMatch(d -> d.parameter() == MailboxParameter.FULL_ACCESS_AUTO_MAPPING)
            ? request.settings().get(MailboxParameter.FULL_ACCESS_AUTO_MAPPING, Boolean.class)
            : Optional.empty();
    for (Decided d : decided) {
      Optional<Delegation> delegation = Delegation.of(d.parameter());
      if (delegation.isEmpty()) {
        continue;
      }
      MultiValue wanted = request.settings().get(d.parameter(), MultiValue.class).orElseThrow();
      List<KnownRecipient> now = current.recipients(d.parameter());
      List<String> add =
          wanted.operation() == ValueOperation.DELETE
              ? List.of()
              : KnownRecipient.missing(now, wanted.values()).stream()
                  .map(RecipientIdentity::value)
                  .toList();
      List<String> remove =
          switch (wanted.operation()) {
            case ADD -> List.of();
            case DELETE ->
                KnownRecipient.namedBy(now, wanted.values()).stream()
                    .map(KnownRecipient::key)
                    .toList();
            case REPLACE ->
                KnownRecipient.notNamedBy(now, wanted.values()).stream()
                    .map(KnownRecipient::key)
                    .toList();
          };
      if (add.isEmpty() && remove.isEmpty()) {
        continue;
      }
      Grant grant = delegation.get().grant(version);
      if (grant instanceof Grant.Property property) {
        followUps
            .of(property.cmdlet())
            .with(property.property(), new ParameterValue.MultiValuedUpdate(add, remove));
        continue;
      }
      Grant.Permission permission = (Grant.Permission) grant;
      String mailbox = permission.byDirectoryName() ? directoryName : target.value();
      for (String delegate : add) {
        ExchangeCommand.Builder b =
            ExchangeCommand.of(permission.add(), "grant " + permission.right() + " to a delegate")
                .text("Identity", mailbox)
                .text(permission.trustee(), delegate)
                .text(permission.rights(), permission.right());
        if (delegation.get() == Delegation.FULL_ACCESS) {
          autoMapping.ifPresent(a -> b.with("AutoMapping", ParameterValue.bool(a)));
        }
        out.add(b.build());
      }
      for (String delegate : remove) {
        out.add(
            ExchangeCommand.of(
                    permission.remove(), "revoke " + permission.right() + " from a delegate")
                .text("Identity", mailbox)
                .text(permission.trustee(), delegate)
                .text(permission.rights(), permission.right())
                .build());
      }
    }
    return out;
  }
}
