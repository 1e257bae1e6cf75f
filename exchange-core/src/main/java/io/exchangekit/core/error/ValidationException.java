package io.exchangekit.core.error;

import io.exchangekit.core.plan.Step;
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

  /** The same failure after {@code steps}; see {@link #afterSteps}. */
  protected ValidationException(ValidationException failure, List<? extends Step> steps) {
    super(failure, steps);
    this.violations = failure.violations;
  }

  @Override
  public ValidationException afterSteps(List<? extends Step> steps) {
    return new ValidationException(this, steps);
  }
}
