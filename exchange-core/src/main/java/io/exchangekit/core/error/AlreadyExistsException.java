package io.exchangekit.core.error;

import io.exchangekit.core.plan.Step;
import java.util.List;

/** The object, name or address is already taken by another object. */
public class AlreadyExistsException extends ExchangeConnectorException {
  private static final long serialVersionUID = 1L;

  public AlreadyExistsException(String message) {
    super(message);
  }

  public AlreadyExistsException(String message, Throwable cause, RemoteError remoteError) {
    super(message, cause, remoteError);
  }

  /** The same failure after {@code steps}; see {@link #afterSteps}. */
  protected AlreadyExistsException(AlreadyExistsException failure, List<? extends Step> steps) {
    super(failure, steps);
  }

  @Override
  public AlreadyExistsException afterSteps(List<? extends Step> steps) {
    return new AlreadyExistsException(this, steps);
  }
}
