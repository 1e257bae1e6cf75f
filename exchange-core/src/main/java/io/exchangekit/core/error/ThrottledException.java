package io.exchangekit.core.error;

import java.time.Duration;

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
}
