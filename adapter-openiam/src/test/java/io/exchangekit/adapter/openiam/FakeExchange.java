package io.exchangekit.adapter.openiam;

import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.plan.Step;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.core.search.SearchQuery;
import io.exchangekit.ports.out.exchange.ExchangeCommandPort;
import io.exchangekit.ports.out.exchange.RecipientQueryPort;
import io.exchangekit.ports.out.exchange.RecipientStatePort;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An in-memory stand-in for one Exchange organisation: canned state and search records, and a
 * record of every plan, state read and query it was asked for. It can be told to fail.
 */
final class FakeExchange implements ExchangeCommandPort, RecipientStatePort, RecipientQueryPort {
  final ExchangeVersion version;
  final Map<String, MailboxState> mailboxes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  final Map<String, GroupState> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  final List<RecipientRecord> records = new ArrayList<>();
  final List<ExchangePlan> plans = new ArrayList<>();
  final List<SearchQuery> queries = new ArrayList<>();
  int reads;
  RuntimeException failure;

  FakeExchange(ExchangeVersion version) {
    this.version = version;
  }

  ExchangeBackend backend() {
    return new ExchangeBackend(this, this, this, () -> {});
  }

  /** True when nothing at all was asked of this organisation. */
  boolean untouched() {
    return plans.isEmpty() && queries.isEmpty() && reads == 0;
  }

  @Override
  public ExchangeVersion version() {
    return version;
  }

  @Override
  public List<PlannedStep> render(ExchangePlan plan) {
    PlannedStep.Target target =
        version.isOnline()
            ? PlannedStep.Target.EXCHANGE_ONLINE
            : PlannedStep.Target.EXCHANGE_ON_PREMISES;
    return plan.commands().stream()
        .map(
            c ->
                new PlannedStep(
                    target,
                    c.cmdlet(),
                    PlannedStep.neutral(c),
                    c.cmdlet() + " " + PlannedStep.neutral(c)))
        .toList();
  }

  @Override
  public List<Step.Exchange> run(ExchangePlan plan) {
    if (failure != null) {
      throw failure;
    }
    plans.add(plan);
    return plan.commands().stream().map(Step.Exchange::new).toList();
  }

  @Override
  public MailboxState loadMailbox(RecipientIdentity identity) {
    reads++;
    return mailboxes.getOrDefault(identity.value(), MailboxState.ABSENT);
  }

  @Override
  public Optional<GroupState> loadGroup(RecipientIdentity identity) {
    reads++;
    return Optional.ofNullable(groups.get(identity.value()));
  }

  @Override
  public Stream<RecipientRecord> search(SearchQuery query) {
    if (failure != null) {
      throw failure;
    }
    queries.add(query);
    return records.stream();
  }
}
