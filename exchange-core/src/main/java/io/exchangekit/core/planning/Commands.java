package io.exchangekit.core.planning;

import io.exchangekit.core.plan.Cmdlet;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the follow-up commands of a plan, one per cmdlet, each addressed to the same identity,
 * in the order their cmdlets were first used.
 */
final class Commands {
  /** What a follow-up command of each cmdlet does, for results and dry runs. */
  private static final Map<Cmdlet, String> PURPOSES = new EnumMap<>(Cmdlet.class);

  static {
    PURPOSES.put(Cmdlet.SET_MAILBOX, "apply mailbox settings");
    PURPOSES.put(Cmdlet.SET_USER, "apply user settings");
    PURPOSES.put(Cmdlet.SET_CAS_MAILBOX, "apply client access settings");
    PURPOSES.put(Cmdlet.SET_REMOTE_MAILBOX, "apply remote mailbox settings");
    PURPOSES.put(Cmdlet.ENABLE_MAILBOX, "create the archive");
    PURPOSES.put(Cmdlet.ENABLE_REMOTE_MAILBOX, "create the archive in Exchange Online");
    PURPOSES.put(Cmdlet.SET_DISTRIBUTION_GROUP, "apply group settings");
  }

  private final RecipientIdentity identity;
  private final Map<Cmdlet, ExchangeCommand.Builder> byCmdlet = new LinkedHashMap<>();

  Commands(RecipientIdentity identity) {
    this.identity = identity;
  }

  ExchangeCommand.Builder of(Cmdlet cmdlet) {
    return byCmdlet.computeIfAbsent(
        cmdlet, c -> ExchangeCommand.of(c, purpose(c)).text("Identity", identity.value()));
  }

  List<ExchangeCommand> build() {
    List<ExchangeCommand> result = new ArrayList<>();
    byCmdlet.values().stream().filter(b -> !b.isEmptyBut(1)).forEach(b -> result.add(b.build()));
    return result;
  }

  static String purpose(Cmdlet cmdlet) {
    return PURPOSES.getOrDefault(cmdlet, cmdlet.verbNoun());
  }
}
