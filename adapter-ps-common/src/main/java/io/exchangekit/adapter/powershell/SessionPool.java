package io.exchangekit.adapter.powershell;

import io.exchangekit.core.error.BrokenSessionException;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.OperationTimeoutException;
import io.exchangekit.core.error.ServiceUnavailableException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded pool of connected sessions: opened lazily, leased to one caller at a time, reused (most
 * recently used first), closed when idle or old, replaced when broken. An operation whose session
 * broke before it started is retried once on a fresh session; a read-only operation also when its
 * session crashed or answered garbage (not when it hung).
 */
final class SessionPool implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SessionPool.class);

  /** Opens and connects a new session. */
  interface Factory {
    /**
     * @throws SessionFailure when the process failed while connecting
     * @throws ExchangeConnectorException when Exchange refused the connection
     */
    PsSession open();
  }

  private final Factory factory;
  private final int maxSessions;
  private final Duration idleTimeout;
  private final Duration maxAge;
  private final Duration leaseWait;
  private final Duration closeTimeout;
  private final Semaphore permits;
  private final Deque<PsSession> idle = new ArrayDeque<>();
  private final Set<PsSession> open = ConcurrentHashMap.newKeySet();
  private final AtomicLong opened = new AtomicLong();
  private final AtomicLong reused = new AtomicLong();
  private final AtomicLong discarded = new AtomicLong();
  private final AtomicLong retried = new AtomicLong();
  private final ScheduledExecutorService sweeper;
  private volatile boolean closed;

  SessionPool(
      Factory factory,
      int maxSessions,
      Duration idleTimeout,
      Duration maxAge,
      Duration leaseWait,
      Duration closeTimeout) {
    this.factory = factory;
    this.maxSessions = maxSessions;
    this.idleTimeout = idleTimeout;
    this.maxAge = maxAge;
    this.leaseWait = leaseWait;
    this.closeTimeout = closeTimeout;
    this.permits = new Semaphore(maxSessions, true);
    this.sweeper =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "exchangekit-ps-pool-sweeper");
              t.setDaemon(true);
              return t;
            });
    long period = Math.max(1000, Math.min(idleTimeout.toMillis() / 2, 30_000));
    sweeper.scheduleWithFixedDelay(this::evictExpired, period, period, TimeUnit.MILLISECONDS);
  }

  /**
   * Runs {@code work} on a leased session.
   *
   * @param readOnly whether repeating the work after its session crashed is harmless
   */
  <T> T use(Function<PsSession, T> work, boolean readOnly) {
    for (int attempt = 0; ; attempt++) {
      PsSession session = null;
      try {
        session = lease();
        return work.apply(session);
      } catch (SessionFailure f) {
        boolean notStarted = session == null || f.kind() == SessionFailure.Kind.NOT_STARTED;
        boolean retry =
            attempt == 0 && (notStarted || (readOnly && f.kind() != SessionFailure.Kind.TIMED_OUT));
        if (retry) {
          retried.incrementAndGet();
          LOG.info("Retrying on a fresh PowerShell session: {}", f.getMessage());
          continue;
        }
        throw toDomain(f, notStarted);
      } finally {
        if (session != null) {
          release(session);
        }
      }
    }
  }

  static ExchangeConnectorException toDomain(SessionFailure f, boolean notStarted) {
    return switch (f.kind()) {
      case TIMED_OUT ->
          new OperationTimeoutException(
              f.getMessage()
                  + (notStarted ? "" : "; the outcome is unknown, the session was closed"),
              f,
              null);
      case NOT_STARTED ->
          new BrokenSessionException(
              "No working PowerShell session: " + f.getMessage() + "; nothing was run",
              null,
              f,
              null);
      default ->
          new BrokenSessionException(
              f.getMessage() + "; the outcome is unknown, the session was closed", null, f, null);
    };
  }

  /** Counts an operation repeated on a fresh session outside {@link #use}. */
  void countRetry() {
    retried.incrementAndGet();
  }

  PsSession lease() {
    if (closed) {
      throw new ServiceUnavailableException("the PowerShell session pool is closed");
    }
    try {
      if (!permits.tryAcquire(leaseWait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new ServiceUnavailableException(
            "all "
                + maxSessions
                + " PowerShell sessions stayed busy for "
                + leaseWait.toSeconds()
                + " s",
            null,
            null,
            null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailableException("interrupted while waiting for a PowerShell session");
    }
    try {
      while (true) {
        PsSession s;
        synchronized (idle) {
          s = idle.pollFirst();
        }
        if (s == null) {
          break;
        }
        if (s.isUsable() && !s.isExpired(idleTimeout, maxAge)) {
          reused.incrementAndGet();
          return s;
        }
        discard(s);
      }
      PsSession s = factory.open();
      opened.incrementAndGet();
      open.add(s);
      if (closed) {
        discard(s);
        throw new ServiceUnavailableException("the PowerShell session pool is closed");
      }
      return s;
    } catch (RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  void release(PsSession s) {
    try {
      if (closed || !s.isUsable() || s.isExpired(idleTimeout, maxAge)) {
        discard(s);
      } else {
        synchronized (idle) {
          idle.addFirst(s);
        }
      }
    } finally {
      permits.release();
    }
  }

  private void discard(PsSession s) {
    if (open.remove(s)) {
      discarded.incrementAndGet();
    }
    try {
      s.close(closeTimeout);
    } catch (RuntimeException e) {
      LOG.debug("closing {}: {}", s, e.toString());
    }
  }

  void evictExpired() {
    List<PsSession> expired = new ArrayList<>();
    synchronized (idle) {
      idle.removeIf(
          s -> {
            boolean gone = !s.isUsable() || s.isExpired(idleTimeout, maxAge);
            if (gone) {
              expired.add(s);
            }
            return gone;
          });
    }
    expired.forEach(this::discard);
  }

  PoolFigures figures() {
    return new PoolFigures(opened.get(), reused.get(), discarded.get(), retried.get(), open.size());
  }

  @Override
  public void close() {
    closed = true;
    sweeper.shutdownNow();
    List<PsSession> all;
    synchronized (idle) {
      all = new ArrayList<>(idle);
      idle.clear();
    }
    all.forEach(this::discard);
    // sessions still leased are discarded when they come back
  }
}
