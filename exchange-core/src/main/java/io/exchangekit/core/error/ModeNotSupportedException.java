package io.exchangekit.core.error;

import io.exchangekit.core.plan.Step;
import java.util.List;

/** The operation or parameter has no meaning in the requested connector mode or version. */
public class ModeNotSupportedException extends ExchangeConnectorException {
  private static final long serialVersionUID = 1L;

  public ModeNotSupportedException(String message) {
    super(message);
  }

  public ModeNotSupportedException(String message, Throwable cause, RemoteError remoteError) {
    super(message, cause, remoteError);
  }

  /** The same failure after {@code steps}; see {@link #afterSteps}. */
  protected ModeNotSupportedException(
      ModeNotSupportedException failure, List<? extends Step> steps) {
    super(failure, steps);
  }

  @Override
  public ModeNotSupportedException afterSteps(List<? extends Step> steps) {
    return new ModeNotSupportedException(this, steps);
  }
}
