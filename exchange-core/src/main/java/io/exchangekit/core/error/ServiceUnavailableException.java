package io.exchangekit.core.error;

import io.exchangekit.core.plan.Step;
import java.time.Duration;
import java.util.List;

/** The target is temporarily unavailable or unreachable. */
public class ServiceUnavailableException extends RetryableException {
  private static final long serialVersionUID = 1L;

  public ServiceUnavailableException(
      String message, Duration retryAfter, Throwable cause, RemoteError remoteError) {
    super(message, retryAfter, cause, remoteError);
  }

  public ServiceUnavailableException(String message) {
    this(message, null, null, null);
  }

  /** The same failure after {@code steps}; see {@link #afterSteps}. */
  protected ServiceUnavailableException(
      ServiceUnavailableException failure, List<? extends Step> steps) {
    super(failure, steps);
  }

  @Override
  public ServiceUnavailableException afterSteps(List<? extends Step> steps) {
    return new ServiceUnavailableException(this, steps);
  }
}
