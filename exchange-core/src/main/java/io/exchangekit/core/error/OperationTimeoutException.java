package io.exchangekit.core.error;

import io.exchangekit.core.plan.Step;
import java.util.List;

/** The target did not answer in time; the outcome of the call is unknown. */
public class OperationTimeoutException extends ExchangeConnectorException {
  private static final long serialVersionUID = 1L;

  public OperationTimeoutException(String message) {
    super(message);
  }

  public OperationTimeoutException(String message, Throwable cause, RemoteError remoteError) {
    super(message, cause, remoteError);
  }

  /** The same failure after {@code steps}; see {@link #afterSteps}. */
  protected OperationTimeoutException(
      OperationTimeoutException failure, List<? extends Step> steps) {
    super(failure, steps);
  }

  @Override
  public OperationTimeoutException afterSteps(List<? extends Step> steps) {
    return new OperationTimeoutException(this, steps);
  }
}
