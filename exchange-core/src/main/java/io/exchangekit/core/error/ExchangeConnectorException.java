package io.exchangekit.core.error;

import io.exchangekit.core.plan.Step;
import java.util.List;
import java.util.Optional;

/**
 * Root of the one unchecked exception family that ExchangeKit throws. Subclasses name what went
 * wrong; {@link #remoteError()} keeps the target's own code and request id where there was one.
 */
public class ExchangeConnectorException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient RemoteError remoteError;
  private final transient List<Step> steps;

  public ExchangeConnectorException(String message) {
    this(message, null, null);
  }

  public ExchangeConnectorException(String message, Throwable cause) {
    this(message, cause, null);
  }

  public ExchangeConnectorException(String message, Throwable cause, RemoteError remoteError) {
    super(message, cause);
    this.remoteError = remoteError;
    this.steps = List.of();
  }

  /**
   * The same failure after {@code steps}: message, cause, remote error, suppressed exceptions and
   * stack trace of {@code failure}. Each subclass has one, for {@link #afterSteps}.
   */
  protected ExchangeConnectorException(
      ExchangeConnectorException failure, List<? extends Step> steps) {
    super(failure.getMessage(), failure.getCause());
    this.remoteError = failure.remoteError;
    this.steps = List.copyOf(steps);
    setStackTrace(failure.getStackTrace());
    for (Throwable suppressed : failure.getSuppressed()) {
      addSuppressed(suppressed);
    }
  }

  /** The error as Exchange or Graph reported it, when the failure came from the target. */
  public Optional<RemoteError> remoteError() {
    return Optional.ofNullable(remoteError);
  }

  /**
   * The steps of the request that had completed before this failure, in order, so that a caller
   * knows exactly what ran; repeating the request finishes the job. Never null.
   */
  public List<Step> steps() {
    return steps;
  }

  /** The {@link Step#report() reports} of {@link #steps()}, in order; never null. */
  public List<String> completedSteps() {
    return Step.reports(steps);
  }

  /**
   * This failure as it is reported after {@code steps} completed: a new exception of the same type,
   * message, cause and remote error carrying those steps. This exception is left unchanged, so an
   * exception never changes once thrown.
   */
  public ExchangeConnectorException afterSteps(List<? extends Step> steps) {
    return new ExchangeConnectorException(this, steps);
  }

  /** True when repeating the same call later may succeed. */
  public boolean isRetryable() {
    return false;
  }
}
