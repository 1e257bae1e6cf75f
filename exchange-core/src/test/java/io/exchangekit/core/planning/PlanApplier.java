package io.exchangekit.core.planning;

import io.exchangekit.core.mailbox.CasProtocol;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mode.ModeRules;
import io.exchangekit.core.mode.ParameterRule;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A minimal model of what Exchange does with a plan, for properties such as "planning again after
 * applying a plan yields nothing". It maps carrier parameters back to request parameters through
 * the rule table, so it shares no logic with the planner beyond the table itself.
 */
final class PlanApplier {
  private PlanApplier() {}

  static MailboxState apply(MailboxState state, MailboxRequest request, ProvisioningPlanView plan) {
    MailboxSettings.Builder values = state.values().toBuilder();
    Optional<MailboxType> type = state.mailboxType();
    boolean user = state.userExists();
    Set<CasProtocol> protocols = EnumSet.noneOf(CasProtocol.class);
    protocols.addAll(state.enabledProtocols());
    Map<Integer, String> custom = new HashMap<>(state.customAttributes());
    boolean enabled = state.accountEnabled();
    for (ExchangeCommand c : plan.commands()) {
      switch (c.cmdlet()) {
        case "New-Mailbox", "Enable-Mailbox", "New-RemoteMailbox", "Enable-RemoteMailbox" -> {
          if (type.isEmpty()) {
            type = Optional.of(request.type());
            user = true;
            protocols = EnumSet.allOf(CasProtocol.class);
            enabled = true;
          }
        }
        case "Disable-Mailbox", "Disable-RemoteMailbox" -> type = Optional.empty();
        case "Remove-Mailbox", "Remove-RemoteMailbox" -> {
          type = Optional.empty();
          user = false;
        }
        case "Disable-ADAccount" -> enabled = false;
        case "Enable-ADAccount" -> enabled = true;
        default -> {}
      }
      for (var e : c.parameters().entrySet()) {
        if (c.cmdlet().equals("Set-CASMailbox")) {
          for (CasProtocol p : CasProtocol.values()) {
            if (p.parameter().equals(e.getKey()) && e.getValue() instanceof ParameterValue.Bool b) {
              if (b.value()) {
                protocols.add(p);
              } else {
                protocols.remove(p);
              }
            }
          }
        }
        if (e.getKey().startsWith("CustomAttribute")) {
          int n = Integer.parseInt(e.getKey().substring("CustomAttribute".length()));
          if (e.getValue() instanceof ParameterValue.Text t) {
            custom.put(n, t.value());
          } else {
            custom.remove(n);
          }
        }
        if (delegateCmdlet(c.cmdlet()).isPresent()) {
          continue; // applied below, per entry
        }
        parameterFor(c.cmdlet(), e.getKey())
            .filter(p -> request.settings().has(p))
            .ifPresent(p -> values.set(p, valueAfter(p, e.getValue(), request, state)));
      }
      delegateCmdlet(c.cmdlet())
          .ifPresent(
              p -> {
                String delegate =
                    ((ParameterValue.Text)
                            (c.has("Trustee")
                                ? c.parameters().get("Trustee")
                                : c.parameters().get("User")))
                        .value();
                Set<String> now =
                    new LinkedHashSet<>(
                        values
                            .build()
                            .value(p)
                            .filter(MultiValue.class::isInstance)
                            .map(v -> ((MultiValue) v).applyTo(Set.<String>of()))
                            .orElse(Set.of()));
                if (c.cmdlet().startsWith("Add-")) {
                  now.add(delegate);
                } else {
                  now.removeIf(x -> x.equalsIgnoreCase(delegate));
                }
                values.set(p, MultiValue.replace(now.stream().map(RecipientIdentity::of).toList()));
              });
    }
    return new MailboxState(user, type, values.build(), protocols, custom, enabled);
  }

  /** The delegate parameter a permission cmdlet changes, one entry per command. */
  private static Optional<MailboxParameter> delegateCmdlet(String cmdlet) {
    return switch (cmdlet) {
      case "Add-MailboxPermission", "Remove-MailboxPermission" ->
          Optional.of(MailboxParameter.FULL_ACCESS);
      case "Add-ADPermission",
          "Remove-ADPermission",
          "Add-RecipientPermission",
          "Remove-RecipientPermission" ->
          Optional.of(MailboxParameter.SEND_AS);
      default -> Optional.empty();
    };
  }

  private static Object valueAfter(
      MailboxParameter p, ParameterValue v, MailboxRequest request, MailboxState state) {
    if (v instanceof ParameterValue.MultiValuedUpdate u) {
      Set<String> now = new LinkedHashSet<>();
      state.recipients(p).forEach(r -> now.add(r.key()));
      now.removeIf(x -> u.remove().stream().anyMatch(r -> r.equalsIgnoreCase(x)));
      now.addAll(u.add());
      return MultiValue.replace(now.stream().map(RecipientIdentity::of).toList());
    }
    return request.settings().value(p).orElseThrow();
  }

  private static Optional<MailboxParameter> parameterFor(String cmdlet, String name) {
    List<ParameterRule> rows = new ArrayList<>(ModeRules.rows());
    rows.addAll(ModeRules.hybridRows());
    for (ParameterRule r : rows) {
      if (r.update().filter(u -> u.cmdlet().verbNoun().equals(cmdlet)).isPresent()
          && r.update().get().parameter().equals(name)) {
        return Optional.of(r.parameter());
      }
      boolean atCreation =
          r.atCreation().stream().anyMatch(c -> c.verbNoun().equals(cmdlet))
              && r.exchangeName().equals(name);
      if (atCreation) {
        return Optional.of(r.parameter());
      }
    }
    return Optional.empty();
  }

  /** The commands of a plan. */
  record ProvisioningPlanView(java.util.List<ExchangeCommand> commands) {
    static ProvisioningPlanView of(ProvisioningPlan plan) {
      return new ProvisioningPlanView(new ArrayList<>(plan.exchange().commands()));
    }
  }
}
