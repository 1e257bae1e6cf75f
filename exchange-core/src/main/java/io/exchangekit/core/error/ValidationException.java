package io.exchangekit.core.error;

import java.util.List;
import java.util.stream.Collectors;

/** A request broke one or more rules; nothing was sent to the target. */
public class ValidationException extends ExchangeConnectorException {
  private static final long serialVersionUID = 1L;
  private final List<Violation> violations;

  public ValidationException(List<Violation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  /** Every violation found, in request order; never empty. */
  public List<Violation> violations() {
    return violations;
  }

  private static String describe(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("'violations' must not be empty");
    }
    return "Invalid request: "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
