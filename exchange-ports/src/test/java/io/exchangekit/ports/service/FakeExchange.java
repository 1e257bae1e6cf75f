package io.exchangekit.ports.service;

import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.plan.Step;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.ports.out.exchange.ExchangeCommandPort;
import io.exchangekit.ports.out.exchange.RecipientQueryPort;
import io.exchangekit.ports.out.exchange.RecipientStatePort;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** A recording stand-in for an Exchange backend: fixed state, plans recorded, optional failure. */
final class FakeExchange {
  final List<ExchangePlan> ran = new ArrayList<>();
  MailboxState mailbox = MailboxState.ABSENT;
  Optional<GroupState> group = Optional.empty();
  Function<ExchangeCommand, RuntimeException> failOn = c -> null;
  final ExchangeVersion version;

  FakeExchange(ExchangeVersion version) {
    this.version = version;
  }

  ExchangeBackend backend() {
    ExchangeCommandPort commands =
        new ExchangeCommandPort() {
          @Override
          public ExchangeVersion version() {
            return version;
          }

          @Override
          public List<PlannedStep> render(ExchangePlan plan) {
            return plan.commands().stream()
                .map(
                    c ->
                        new PlannedStep(
                            PlannedStep.Target.EXCHANGE_ON_PREMISES,
                            c.cmdlet(),
                            PlannedStep.neutral(c),
                            c.cmdlet()))
                .toList();
          }

          @Override
          public List<Step.Exchange> run(ExchangePlan plan) {
            ran.add(plan);
            List<Step.Exchange> done = new ArrayList<>();
            for (ExchangeCommand c : plan.commands()) {
              RuntimeException e = failOn.apply(c);
              if (e != null) {
                throw e instanceof io.exchangekit.core.error.ExchangeConnectorException x
                    ? x.afterSteps(done)
                    : e;
              }
              done.add(new Step.Exchange(c));
            }
            return done;
          }
        };
    RecipientStatePort state =
        new RecipientStatePort() {
          @Override
          public MailboxState loadMailbox(RecipientIdentity identity) {
            return mailbox;
          }

          @Override
          public Optional<GroupState> loadGroup(RecipientIdentity identity) {
            return group;
          }
        };
    RecipientQueryPort query =
        q -> Stream.of(new RecipientRecord("x", Map.of("Name", List.of("x"))));
    return new ExchangeBackend(commands, state, query, () -> {});
  }
}
