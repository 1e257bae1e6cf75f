package io.exchangekit.core.error;

import io.exchangekit.core.plan.Step;
import java.util.List;

/** The credentials or certificate were refused. */
public class AuthenticationFailedException extends ExchangeConnectorException {
  private static final long serialVersionUID = 1L;

  public AuthenticationFailedException(String message) {
    super(message);
  }

  public AuthenticationFailedException(String message, Throwable cause, RemoteError remoteError) {
    super(message, cause, remoteError);
  }

  /** The same failure after {@code steps}; see {@link #afterSteps}. */
  protected AuthenticationFailedException(
      AuthenticationFailedException failure, List<? extends Step> steps) {
    super(failure, steps);
  }

  @Override
  public AuthenticationFailedException afterSteps(List<? extends Step> steps) {
    return new AuthenticationFailedException(this, steps);
  }
}
