package io.exchangekit.core.plan;

import java.util.List;
import java.util.stream.Collectors;

/** The Exchange commands one request needs, in order; run as one script in one session. */
public record ExchangePlan(List<ExchangeCommand> commands) {
  public static final ExchangePlan EMPTY = new ExchangePlan(List.of());

  public ExchangePlan {
    commands = List.copyOf(commands);
  }

  public boolean isEmpty() {
    return commands.isEmpty();
  }

  /** One command per line, secrets masked. */
  @Override
  public String toString() {
    return commands.stream().map(ExchangeCommand::toString).collect(Collectors.joining("\n"));
  }
}
