package io.exchangekit.core.error;

import io.exchangekit.core.plan.Step;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A failure that may be temporary: the same call may succeed later. */
public class RetryableException extends ExchangeConnectorException {
  private static final long serialVersionUID = 1L;
  private final Duration retryAfter;

  public RetryableException(
      String message, Duration retryAfter, Throwable cause, RemoteError remoteError) {
    super(message, cause, remoteError);
    this.retryAfter = retryAfter;
  }

  /** Wraps a failure that is known to be temporary. */
  public static RetryableException wrap(String message, Throwable cause) {
    return new RetryableException(message, null, cause, null);
  }

  /** How long the target asked the caller to wait, when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }

  /** The same failure after {@code steps}; see {@link #afterSteps}. */
  protected RetryableException(RetryableException failure, List<? extends Step> steps) {
    super(failure, steps);
    this.retryAfter = failure.retryAfter;
  }

  @Override
  public RetryableException afterSteps(List<? extends Step> steps) {
    return new RetryableException(this, steps);
  }
}
