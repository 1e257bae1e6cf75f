package io.exchangekit.core.error;

import java.time.Duration;

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
}
