package io.exchangekit.core.planning;

import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mode.Carrier;
import io.exchangekit.core.mode.Decision;
import io.exchangekit.core.mode.ModeRules;
import io.exchangekit.core.mode.Operation;
import io.exchangekit.core.mode.ParameterRule;
import io.exchangekit.core.mode.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides every parameter of a request with the mode table, then drops what the table allows but
 * this mailbox cannot take; what is dropped becomes a warning (or a violation in strict mode).
 */
final class ParameterDecisions {
  private ParameterDecisions() {}

  /** A parameter the plan carries, and how. */
  record Decided(MailboxParameter parameter, Decision.Apply decision) {
    Stage stage() {
      return decision.stage();
    }
  }

  static List<Decided> decide(
      MailboxRequest request,
      PlanningContext context,
      Operation operation,
      MailboxType type,
      MailboxState current,
      Notes notes) {
    List<Decided> decided = new ArrayList<>();
    for (MailboxParameter p : request.settings().parameters()) {
      ParameterRule rule = ModeRules.rule(p, context.mode()).orElse(ModeRules.rule(p));
      boolean carriedByCreation =
          rule.role() == ParameterRule.Role.IDENTITY
              || (rule.role() == ParameterRule.Role.TYPE && operation == Operation.CREATE);
      if (carriedByCreation) {
        continue; // the creation command carries them
      }
      Decision d = ModeRules.decide(p, context.mode(), context.version(), operation, type);
      if (d instanceof Decision.Apply apply) {
        Optional<String> reason = cannotApply(rule, apply, request, current);
        if (reason.isPresent()) {
          d = new Decision.Ignore(reason.get());
        }
      }
      if (d instanceof Decision.Ignore ignore) {
        notes.ignore(p.attributeName(), ignore.reason());
      } else {
        decided.add(new Decided(p, (Decision.Apply) d));
      }
    }
    return decided;
  }

  /** Why a parameter the table applies cannot be carried out for this mailbox, if it cannot. */
  private static Optional<String> cannotApply(
      ParameterRule rule, Decision.Apply apply, MailboxRequest request, MailboxState current) {
    MailboxParameter p = rule.parameter();
    Optional<Carrier> carrier = apply.carrier();
    boolean afterCreation = apply.stage() == Stage.UPDATE || apply.stage() == Stage.AFTER_CREATION;
    if (rule.onlyWith().isPresent() && afterCreation) {
      MailboxParameter with = rule.onlyWith().get();
      boolean turnedOn =
          request.settings().get(with, Boolean.class).orElse(false)
              && !current.values().get(with, Boolean.class).orElse(false);
      if (!turnedOn) {
        return Optional.of(
            "applies only when " + with.attributeName() + " True is set by the same request");
      }
    }
    if (rule.switchParameter()
        && afterCreation
        && Boolean.FALSE.equals(request.settings().value(p).orElse(null))
        && Boolean.TRUE.equals(current.values().value(p).orElse(null))) {
      return Optional.of(
          carrier.map(c -> c.cmdlet().verbNoun()).orElse("Exchange")
              + " can set it but not clear it");
    }
    return Optional.empty();
  }
}
