package io.exchangekit.adapter.powershell;

import io.exchangekit.core.error.RetryableException;
import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.error.ThrottledException;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits before repeating a throttled or transiently failed call: Exchange's own delay, else a
 * doubling back-off.
 */
final class Backoff {
  private static final Logger LOG = LoggerFactory.getLogger(Backoff.class);
  private final int retries;
  private final Duration base;

  Backoff(int retries, Duration base) {
    this.retries = retries;
    this.base = base;
  }

  /** Sleeps before attempt {@code attempt + 1}; false when no attempt is left. */
  boolean pause(RetryableException e, int attempt) {
    if (attempt >= retries) {
      return false;
    }
    Duration wait = e.retryAfter().orElse(base.multipliedBy(1L << Math.min(attempt, 10)));
    if (wait.compareTo(Duration.ofMinutes(5)) > 0) {
      wait = Duration.ofMinutes(5);
    }
    LOG.info(
        "Exchange {} the call; retrying in {} ms",
        e instanceof ThrottledException ? "throttled" : "transiently failed",
        wait.toMillis());
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      return false;
    }
    return true;
  }

  /**
   * Runs a call, repeating it after backing off when it throws {@link ThrottledException} or {@link
   * ServiceUnavailableException} (Exchange Online's transient REST failures).
   */
  <T> T run(Supplier<T> call) {
    for (int attempt = 0; ; attempt++) {
      try {
        return call.get();
      } catch (ThrottledException | ServiceUnavailableException e) {
        if (!pause(e, attempt)) {
          throw e;
        }
      }
    }
  }
}
