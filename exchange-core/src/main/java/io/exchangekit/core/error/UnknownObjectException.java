package io.exchangekit.core.error;

import io.exchangekit.core.plan.Step;
import java.util.List;

/** The object the request names does not exist (no mailbox, user, group, SKU). */
public class UnknownObjectException extends ExchangeConnectorException {
  private static final long serialVersionUID = 1L;

  public UnknownObjectException(String message) {
    super(message);
  }

  public UnknownObjectException(String message, Throwable cause, RemoteError remoteError) {
    super(message, cause, remoteError);
  }

  /** The same failure after {@code steps}; see {@link #afterSteps}. */
  protected UnknownObjectException(UnknownObjectException failure, List<? extends Step> steps) {
    super(failure, steps);
  }

  @Override
  public UnknownObjectException afterSteps(List<? extends Step> steps) {
    return new UnknownObjectException(this, steps);
  }
}
