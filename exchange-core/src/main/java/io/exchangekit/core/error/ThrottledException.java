package io.exchangekit.core.error;

import io.exchangekit.core.plan.Step;
import java.time.Duration;
import java.util.List;

/** The target throttled the caller; wait {@link #retryAfter()} before trying again. */
public class ThrottledException extends RetryableException {
  private static final long serialVersionUID = 1L;

  public ThrottledException(
      String message, Duration retryAfter, Throwable cause, RemoteError remoteError) {
    super(message, retryAfter, cause, remoteError);
  }

  public ThrottledException(String message) {
    this(message, null, null, null);
  }

  /** The same failure after {@code steps}; see {@link #afterSteps}. */
  protected ThrottledException(ThrottledException failure, List<? extends Step> steps) {
    super(failure, steps);
  }

  @Override
  public ThrottledException afterSteps(List<? extends Step> steps) {
    return new ThrottledException(this, steps);
  }
}
