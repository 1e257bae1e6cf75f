package io.exchangekit.core.error;

import io.exchangekit.core.plan.Step;
import java.time.Duration;
import java.util.List;

/** The session to the target broke (process died, connection lost, unreadable output). */
public class BrokenSessionException extends RetryableException {
  private static final long serialVersionUID = 1L;

  public BrokenSessionException(
      String message, Duration retryAfter, Throwable cause, RemoteError remoteError) {
    super(message, retryAfter, cause, remoteError);
  }

  public BrokenSessionException(String message) {
    this(message, null, null, null);
  }

  /** The same failure after {@code steps}; see {@link #afterSteps}. */
  protected BrokenSessionException(BrokenSessionException failure, List<? extends Step> steps) {
    super(failure, steps);
  }

  @Override
  public BrokenSessionException afterSteps(List<? extends Step> steps) {
    return new BrokenSessionException(this, steps);
  }
}
