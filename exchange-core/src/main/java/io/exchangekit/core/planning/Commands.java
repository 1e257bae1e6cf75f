package io.exchangekit.core.planning;

import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the follow-up commands of a plan, one per cmdlet, each addressed to the same identity,
 * in the order their cmdlets were first used.
 */
final class Commands {
  private final RecipientIdentity identity;
  private final Map<String, ExchangeCommand.Builder> byCmdlet = new LinkedHashMap<>();

  Commands(RecipientIdentity identity) {
    this.identity = identity;
  }

  ExchangeCommand.Builder of(String cmdlet) {
    return byCmdlet.computeIfAbsent(
        cmdlet, c -> ExchangeCommand.of(c, purpose(c)).text("Identity", identity.value()));
  }

  boolean has(String cmdlet) {
    return byCmdlet.containsKey(cmdlet);
  }

  void drop(String cmdlet) {
    byCmdlet.remove(cmdlet);
  }

  List<ExchangeCommand> build() {
    List<ExchangeCommand> result = new ArrayList<>();
    byCmdlet.values().stream().filter(b -> !b.isEmptyBut(1)).forEach(b -> result.add(b.build()));
    return result;
  }

  static String purpose(String cmdlet) {
    return switch (cmdlet) {
      case "Set-Mailbox" -> "apply mailbox settings";
      case "Set-User" -> "apply user settings";
      case "Set-CASMailbox" -> "apply client access settings";
      case "Enable-Mailbox" -> "create the archive";
      case "Set-DistributionGroup" -> "apply group settings";
      default -> cmdlet;
    };
  }
}
