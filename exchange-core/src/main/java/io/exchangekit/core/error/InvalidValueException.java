package io.exchangekit.core.error;

import io.exchangekit.core.plan.Step;
import java.util.List;

/** The target rejected a value; {@link #attributes()} names the affected attributes. */
public class InvalidValueException extends ExchangeConnectorException {
  private static final long serialVersionUID = 1L;
  private final List<String> attributes;

  public InvalidValueException(
      String message, List<String> attributes, Throwable cause, RemoteError remoteError) {
    super(message, cause, remoteError);
    this.attributes = List.copyOf(attributes);
  }

  public InvalidValueException(String message, List<String> attributes) {
    this(message, attributes, null, null);
  }

  /** The request attributes the target rejected; empty when it did not say. */
  public List<String> attributes() {
    return attributes;
  }

  /** The same failure after {@code steps}; see {@link #afterSteps}. */
  protected InvalidValueException(InvalidValueException failure, List<? extends Step> steps) {
    super(failure, steps);
    this.attributes = failure.attributes;
  }

  @Override
  public InvalidValueException afterSteps(List<? extends Step> steps) {
    return new InvalidValueException(this, steps);
  }
}
