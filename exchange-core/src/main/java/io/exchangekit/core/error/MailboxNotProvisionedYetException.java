package io.exchangekit.core.error;

import io.exchangekit.core.plan.Step;
import java.time.Duration;
import java.util.List;

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

  /** The same failure after {@code steps}; see {@link #afterSteps}. */
  protected MailboxNotProvisionedYetException(
      MailboxNotProvisionedYetException failure, List<? extends Step> steps) {
    super(failure, steps);
  }

  @Override
  public MailboxNotProvisionedYetException afterSteps(List<? extends Step> steps) {
    return new MailboxNotProvisionedYetException(this, steps);
  }
}
