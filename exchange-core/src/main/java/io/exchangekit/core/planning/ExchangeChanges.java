package io.exchangekit.core.planning;

import static io.exchangekit.core.mailbox.MailboxParameter.NAME;
import static io.exchangekit.core.mailbox.MailboxParameter.PRIMARY_SMTP_ADDRESS;

import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mode.Carrier;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.MailboxLifecycle.Creation;
import io.exchangekit.core.mode.ModeRules;
import io.exchangekit.core.mode.Stage;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.planning.ParameterDecisions.Decided;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Exchange commands of a mailbox plan: the creation command with what it carries, then one
 * command per cmdlet for what follows it or changes an existing mailbox, only where the value
 * differs from what Exchange holds.
 */
final class ExchangeChanges {
  private ExchangeChanges() {}

  /**
   * @param creation how the mailbox is created, or empty when it exists already
   * @param remoteRoutingAddress hybrid scope: the creation command's RemoteRoutingAddress
   */
  static List<ExchangeCommand> plan(
      MailboxRequest request,
      MailboxType type,
      Optional<Creation.Exchange> creation,
      List<Decided> decided,
      MailboxState current,
      ExchangeVersion version,
      Optional<String> remoteRoutingAddress) {
    List<ExchangeCommand> commands = new ArrayList<>();
    RecipientIdentity target = request.identity();
    if (creation.isPresent()) {
      ExchangeCommand.Builder command = creationCommand(request, creation.get(), type);
      remoteRoutingAddress.ifPresent(a -> command.text("RemoteRoutingAddress", a));
      for (Decided d : decided) {
        if (d.stage() == Stage.AT_CREATION && d.decision().carrier().isPresent()) {
          addValue(
              command, d.parameter(), d.decision().carrier().get().parameter(), value(request, d));
        }
      }
      commands.add(command.build());
      if (!creation.get().attaches()) {
        target = createdIdentity(request, type);
      }
    }
    Commands followUps = new Commands(target);
    for (Decided d : decided) {
      Stage stage = d.stage();
      if ((stage == Stage.AFTER_CREATION || stage == Stage.UPDATE)
          && d.decision().carrier().isPresent()
          && !DelegateChanges.handles(d.parameter())) {
        Object currentValue = current.values().value(d.parameter()).orElse(null);
        change(
            followUps,
            d.parameter(),
            d.decision().carrier().get(),
            value(request, d),
            currentValue,
            current);
      }
    }
    List<ExchangeCommand> delegates =
        DelegateChanges.plan(
            request, decided, current, target, directoryName(request, current), version, followUps);
    commands.addAll(followUps.build());
    commands.addAll(delegates);
    return commands;
  }

  private static ExchangeCommand.Builder creationCommand(
      MailboxRequest request, Creation.Exchange creation, MailboxType type) {
    ExchangeCommand.Builder b;
    if (creation.attaches()) {
      b =
          ExchangeCommand.of(creation.cmdlet(), "enable the mailbox")
              .text("Identity", request.identity());
    } else {
      b = ExchangeCommand.of(creation.cmdlet(), "create the mailbox");
      if (creation.takesUserPrincipalName()) {
        request.userPrincipalName().ifPresent(upn -> b.text("UserPrincipalName", upn));
      }
    }
    if (type.isResource()) {
      b.flag(type.switchName());
    }
    return b;
  }

  /** How a mailbox the plan creates is addressed by the commands after its creation. */
  private static RecipientIdentity createdIdentity(MailboxRequest request, MailboxType type) {
    if (type == MailboxType.USER || request.userPrincipalName().isPresent()) {
      return request.userPrincipalName().map(RecipientIdentity::of).orElse(request.identity());
    }
    return request
        .settings()
        .value(NAME)
        .map(n -> RecipientIdentity.of(n.toString()))
        .orElse(request.identity());
  }

  /** The mailbox's name as Active Directory knows it: what Exchange reports, else the request's. */
  private static String directoryName(MailboxRequest request, MailboxState current) {
    return current
        .values()
        .value(NAME)
        .or(() -> request.settings().value(NAME))
        .map(Object::toString)
        .orElse(request.identity().value());
  }

  private static Object value(MailboxRequest request, Decided d) {
    return request.settings().value(d.parameter()).orElseThrow();
  }

  private static void addValue(
      ExchangeCommand.Builder command, MailboxParameter p, String name, Object value) {
    if (ModeRules.rule(p).switchParameter()) {
      if (Boolean.TRUE.equals(value)) {
        command.flag(name);
      }
      return;
    }
    if (value instanceof MultiValue m && m.applyTo(Set.of()).isEmpty()) {
      return;
    }
    command.with(name, Values.toParameter(value));
  }

  private static void change(
      Commands commands,
      MailboxParameter p,
      Carrier carrier,
      Object desired,
      Object currentValue,
      MailboxState current) {
    if (desired instanceof MultiValue m) {
      MultiValue.Update update = m.against(current.recipients(p));
      if (!update.isEmpty()) {
        commands
            .of(carrier.cmdlet())
            .with(
                carrier.parameter(),
                new ParameterValue.MultiValuedUpdate(update.add(), update.remove()));
      }
      return;
    }
    if (Values.same(desired, currentValue)) {
      return;
    }
    if (ModeRules.rule(p).switchParameter()) {
      if (Boolean.TRUE.equals(desired)) {
        commands.of(carrier.cmdlet()).flag(carrier.parameter());
      }
      return;
    }
    ExchangeCommand.Builder command = commands.of(carrier.cmdlet());
    command.with(carrier.parameter(), Values.toParameter(desired));
    if (p == PRIMARY_SMTP_ADDRESS && current.hasMailbox()) {
      // A primary address set by hand must not be overwritten by the address policy (seed).
      command.with("EmailAddressPolicyEnabled", ParameterValue.bool(false));
    }
  }
}
