package io.exchangekit.core.plan;

import java.util.List;

/** The Exchange commands one request needs, in order; run as one script in one session. */
public record ExchangePlan(List<ExchangeCommand> commands) {
  public static final ExchangePlan EMPTY = new ExchangePlan(List.of());

  public ExchangePlan {
    commands = List.copyOf(commands);
  }

  public boolean isEmpty() {
    return commands.isEmpty();
  }
}
