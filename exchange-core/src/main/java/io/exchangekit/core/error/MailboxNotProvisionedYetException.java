package io.exchangekit.core.error;

import java.time.Duration;

/**
 * Exchange Online has not created the mailbox yet (it can take up to 24 hours after the licence);
 * retry later.
 */
public class MailboxNotProvisionedYetException extends RetryableException {
  private static final long serialVersionUID = 1L;

  public MailboxNotProvisionedYetException(
      String message, Duration retryAfter, Throwable cause, RemoteError remoteError) {
    super(message, retryAfter, cause, remoteError);
  }

  public MailboxNotProvisionedYetException(String message) {
    this(message, null, null, null);
  }
}
