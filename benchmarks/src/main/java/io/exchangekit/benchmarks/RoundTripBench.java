package io.exchangekit.benchmarks;

import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mailbox.ValueOperation;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.embedded.EmbeddedExchange;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.ports.in.Outcome;
import io.exchangekit.ports.in.group.ChangeGroupMembersCommand;
import io.exchangekit.ports.in.mailbox.MailboxCommand;
import io.exchangekit.ports.in.mailbox.ProvisionMailboxCommand;
import io.exchangekit.ports.service.ExchangeUseCases;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Remote round trips per operation, counted by the Exchange emulator's remote-call counter (one
 * line sent and answered), on Exchange Server and on Exchange Online, through the real use cases
 * and PowerShell adapters of {@link EmbeddedExchange} on one session (opened before counting).
 * Graph calls (Online licences and cloud users) are HTTP, not counted here.
 */
final class RoundTripBench {

  /** The operations measured, in the order one user goes through them. */
  enum Step {
    CREATE(true),
    MODIFY(true),
    REPEAT(false),
    LOCK(true),
    UNLOCK(true),
    GROUP_CHANGE(true),
    DELETE(true);

    /** Whether the step changes something: its floor is 2 round trips, else 1. */
    final boolean changes;

    Step(boolean changes) {
      this.changes = changes;
    }

    int floor() {
      return changes ? 2 : 1;
    }

    String label() {
      return switch (this) {
        case REPEAT -> "no-op repeat";
        case GROUP_CHANGE -> "group change";
        default -> name().toLowerCase(Locale.ROOT);
      };
    }
  }

  /** Users per step and backend: the counts are exact, so a few suffice. */
  static final int USERS = 20;

  private static final AccountSkuId SKU = AccountSkuId.parse("contoso:ENTERPRISEPACK");

  private RoundTripBench() {}

  /** Measures both backends and writes one row each to {@code row}. */
  static void run(RowSink row) {
    for (Scope scope : List.of(Scope.PREMISE, Scope.ONLINE)) {
      Map<Step, Double> perOp = measure(scope);
      StringBuilder figures = new StringBuilder();
      double worst = 0;
      for (Map.Entry<Step, Double> e : perOp.entrySet()) {
        worst = Math.max(worst, e.getValue() / e.getKey().floor());
        figures.append(
            String.format(
                Locale.ROOT,
                "%s%s %.2f/%d",
                figures.length() == 0 ? "" : "; ",
                e.getKey().label(),
                e.getValue(),
                e.getKey().floor()));
      }
      row.row(
          "Remote round trips per operation / floor, "
              + (scope == Scope.PREMISE ? "Exchange Server 2016" : "Exchange Online"),
          String.format(Locale.ROOT, "worst %.2f× the floor (%s)", worst, figures),
          "≤ 2 per change, 1 per no-op",
          "counted by the emulator's remote-call counter (one line sent and answered), "
              + USERS
              + " users per step, one session opened before counting; use cases over the real"
              + " PowerShell adapter and the in-process emulator (EmbeddedExchange)"
              + (scope == Scope.ONLINE
                  ? "; create and delete also call Graph over HTTPS (not counted here)"
                  : ""));
    }
  }

  /** Sink for one table row. */
  @FunctionalInterface
  interface RowSink {
    void row(String figure, String measured, String target, String notes);
  }

  static Map<Step, Double> measure(Scope scope) {
    Map<Step, Double> out = new EnumMap<>(Step.class);
    try (EmbeddedExchange exchange =
        EmbeddedExchange.builder()
            .version(ExchangeVersion.EXCHANGE_2016)
            .organisation(Workload.organisation(USERS + 1, 0))
            .sessions(1)
            .start()) {
      ExchangeEmulator emulator = scope == Scope.PREMISE ? exchange.premise() : exchange.online();
      Steps steps = new Steps(exchange.useCases(), scope);
      // the session opens (and imports its cmdlets) here, outside the counts
      steps.run(Step.CREATE, USERS);
      long sessions = emulator.counters().sessionsOpened();
      for (Step step : Step.values()) {
        long before = emulator.counters().remoteCalls();
        for (int i = 0; i < USERS; i++) {
          steps.run(step, i);
        }
        out.put(step, (emulator.counters().remoteCalls() - before) / (double) USERS);
      }
      if (emulator.counters().sessionsOpened() != sessions) {
        throw new IllegalStateException(
            "a session was opened while counting: " + emulator.counters());
      }
    }
    return out;
  }

  /** The operations of one user through the use cases. */
  static final class Steps {
    private final ExchangeUseCases useCases;
    private final Scope scope;
    private final ConnectorMode mode;

    Steps(ExchangeUseCases useCases, Scope scope) {
      this.useCases = useCases;
      this.scope = scope;
      this.mode =
          ConnectorMode.of(
              scope, scope == Scope.PREMISE ? NewUserBehavior.ENABLE : NewUserBehavior.CREATE);
    }

    RecipientIdentity user(int i) {
      return RecipientIdentity.of(
          Workload.user(i)
              + (scope == Scope.PREMISE ? "@contoso.com" : "@contoso.onmicrosoft.com"));
    }

    void run(Step step, int i) {
      RecipientIdentity id = user(i);
      Outcome o =
          switch (step) {
            case CREATE -> useCases.provisionMailbox().provision(create(id, i));
            case MODIFY, REPEAT ->
                useCases
                    .provisionMailbox()
                    .provision(
                        new ProvisionMailboxCommand(
                            id,
                            mode,
                            MailboxSettings.builder()
                                .set(
                                    MailboxParameter.HIDDEN_FROM_ADDRESS_LISTS,
                                    MailboxParameter.HIDDEN_FROM_ADDRESS_LISTS.parse("True"))
                                .build(),
                            false));
            case LOCK -> useCases.lockMailbox().lock(new MailboxCommand(id, mode, false));
            case UNLOCK -> useCases.unlockMailbox().unlock(new MailboxCommand(id, mode, false));
            case GROUP_CHANGE ->
                useCases
                    .changeGroupMembers()
                    .changeMembers(
                        new ChangeGroupMembersCommand(
                            RecipientIdentity.of(Workload.group(i)),
                            mode,
                            new MultiValue(ValueOperation.ADD, List.of(id)),
                            false));
            case DELETE -> useCases.removeMailbox().remove(new MailboxCommand(id, mode, false));
          };
      if (step == Step.REPEAT && !o.completedSteps().isEmpty()) {
        throw new IllegalStateException("the repeat of " + id + " planned " + o.completedSteps());
      }
    }

    private ProvisionMailboxCommand create(RecipientIdentity id, int i) {
      MailboxSettings.Builder settings = MailboxSettings.builder();
      if (scope == Scope.ONLINE) {
        settings
            .set(MailboxParameter.DISPLAY_NAME, MailboxParameter.DISPLAY_NAME.parse("User " + i))
            .set(MailboxParameter.USAGE_LOCATION, MailboxParameter.USAGE_LOCATION.parse("US"))
            .set(MailboxParameter.LICENSES, List.of(new LicenseSelection(SKU, Set.of())));
      } else {
        settings.set(MailboxParameter.ALIAS, MailboxParameter.ALIAS.parse(Workload.user(i)));
      }
      return new ProvisionMailboxCommand(id, mode, settings.build(), false);
    }
  }
}
