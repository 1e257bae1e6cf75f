package io.exchangekit.ports.out.exchange;

import io.exchangekit.core.plan.ExchangeCommand;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one planned command.
 *
 * @param command the command; never null
 * @param output the objects the command returned, as property maps; never null
 */
public record CommandResult(ExchangeCommand command, List<Map<String, Object>> output) {
  public CommandResult {
    Objects.requireNonNull(command, "'command' must not be null");
    output = List.copyOf(output);
  }
}
