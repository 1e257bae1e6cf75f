package io.exchangekit.core.error;

import java.util.List;
import java.util.Optional;

/**
 * Root of the one unchecked exception family that ExchangeKit throws. Subclasses name what went
 * wrong; {@link #remoteError()} keeps the target's own code and request id where there was one.
 */
public class ExchangeConnectorException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient RemoteError remoteError;
  private transient List<String> completedSteps = List.of();

  public ExchangeConnectorException(String message) {
    this(message, null, null);
  }

  public ExchangeConnectorException(String message, Throwable cause) {
    this(message, cause, null);
  }

  public ExchangeConnectorException(String message, Throwable cause, RemoteError remoteError) {
    super(message, cause);
    this.remoteError = remoteError;
  }

  /** The error as Exchange or Graph reported it, when the failure came from the target. */
  public Optional<RemoteError> remoteError() {
    return Optional.ofNullable(remoteError);
  }

  /**
   * The steps of the request that had completed before this failure, so that a caller knows exactly
   * what ran; repeating the request finishes the job.
   */
  public List<String> completedSteps() {
    return completedSteps;
  }

  /** Records the steps that completed before this failure; returns this exception. */
  public ExchangeConnectorException withCompletedSteps(List<String> steps) {
    this.completedSteps = List.copyOf(steps);
    return this;
  }

  /** True when repeating the same call later may succeed. */
  public boolean isRetryable() {
    return false;
  }
}
