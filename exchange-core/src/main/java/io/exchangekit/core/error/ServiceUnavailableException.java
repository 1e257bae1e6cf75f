package io.exchangekit.core.error;

import java.time.Duration;

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
}
