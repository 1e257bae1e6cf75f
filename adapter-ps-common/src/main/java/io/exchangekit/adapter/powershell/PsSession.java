package io.exchangekit.adapter.powershell;

import io.exchangekit.core.mode.ExchangeVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connected PowerShell session. Every call sends exactly one line that prints one JSON envelope
 * with a fresh nonce; an answer that is missing, late, foreign or not JSON poisons the session and
 * kills its process. One caller at a time: a second concurrent caller is refused, never
 * interleaved.
 */
final class PsSession {
  private static final Logger LOG = LoggerFactory.getLogger(PsSession.class);
  private static final AtomicLong IDS = new AtomicLong();
  private final long id = IDS.incrementAndGet();
  private final PsProcess process;
  private final Clock clock;
  private final Instant openedAt;
  private final AtomicBoolean busy = new AtomicBoolean();
  private volatile Instant lastUsed;
  private volatile boolean poisoned;
  private volatile ExchangeVersion version;
  private volatile Script disconnect;

  PsSession(PsProcess process, Clock clock) {
    this.process = process;
    this.clock = clock;
    this.openedAt = clock.instant();
    this.lastUsed = openedAt;
  }

  long id() {
    return id;
  }

  Instant openedAt() {
    return openedAt;
  }

  Instant lastUsed() {
    return lastUsed;
  }

  boolean isUsable() {
    return !poisoned && process.isAlive();
  }

  ExchangeVersion version() {
    return version;
  }

  void connected(ExchangeVersion version, Script disconnect) {
    this.version = version;
    this.disconnect = disconnect;
  }

  /**
   * Runs a script and returns its envelope (which may report an Exchange error).
   *
   * @throws SessionFailure when no envelope of this call came back; the session is then poisoned
   * @throws IllegalStateException when another caller is using the session
   */
  Envelope call(Script script, Duration timeout) {
    if (!busy.compareAndSet(false, true)) {
      throw new IllegalStateException("session " + id + " is already in use by another caller");
    }
    try {
      if (!isUsable()) {
        poison("its process has ended");
        throw new SessionFailure(SessionFailure.Kind.NOT_STARTED, "the session had ended");
      }
      String nonce = Envelope.nonce();
      PsProcess.Output out = process.send(Envelope.wrap(script, nonce), timeout);
      switch (out.status()) {
        case NOT_SENT -> {
          poison("the line could not be sent");
          throw new SessionFailure(SessionFailure.Kind.NOT_STARTED, "the session had ended");
        }
        case TIMED_OUT -> {
          poison("no answer within " + timeout.toMillis() + " ms to " + script);
          throw new SessionFailure(
              SessionFailure.Kind.TIMED_OUT,
              "PowerShell did not answer within " + timeout.toMillis() + " ms (" + script + ")");
        }
        case DIED -> {
          poison("the process ended during " + script);
          throw new SessionFailure(
              SessionFailure.Kind.CRASHED,
              "the PowerShell process ended during the call (" + script + ")");
        }
        default -> {
          // answered
        }
      }
      Envelope.Parsed parsed;
      try {
        parsed = Envelope.parse(out.text(), nonce);
      } catch (Envelope.Unreadable e) {
        poison(e.getMessage() + "; output starts with: " + preview(script, out.text()));
        throw new SessionFailure(
            SessionFailure.Kind.GARBLED,
            "unreadable answer from PowerShell: " + e.getMessage() + " (" + script + ")");
      }
      if (parsed.strayLines()) {
        // the answer is this call's, but the stream carried something else: retire the session
        poison("other output came with the answer: " + preview(script, out.text()));
      }
      Envelope envelope = parsed.envelope();
      if (envelope.error().isPresent() && remoteSessionBroken(envelope.error().get())) {
        poison("Exchange reports that the remote session is broken");
      }
      return envelope;
    } finally {
      lastUsed = clock.instant();
      busy.set(false);
    }
  }

  /** True when Exchange says the remote runspace behind this session is gone. */
  static boolean remoteSessionBroken(Envelope.ErrorRecord error) {
    return ExchangeErrorTable.classify(error, ExchangeErrorTable.Phase.COMMAND)
        .filter(row -> row == ExchangeErrorTable.BROKEN_SESSION)
        .isPresent();
  }

  private static String preview(Script script, String text) {
    String t = script.redact(text == null ? "" : text);
    return t.length() > 200 ? t.substring(0, 200) + "…" : t;
  }

  /** Marks the session unusable and kills its process. */
  void poison(String why) {
    if (!poisoned) {
      poisoned = true;
      LOG.warn("PowerShell session {} discarded: {}", id, why);
      process.kill();
    }
  }

  /** Disconnects from Exchange and ends the process; a poisoned session is only killed. */
  void close(Duration timeout) {
    if (poisoned || !process.isAlive()) {
      process.kill();
      return;
    }
    Script d = disconnect;
    if (d != null) {
      try {
        Envelope e = call(d, timeout);
        if (!e.ok()) {
          LOG.debug("PowerShell session {}: disconnect reported an error", id);
        }
      } catch (RuntimeException e) {
        LOG.debug("PowerShell session {}: disconnect failed: {}", id, e.getMessage());
      }
    }
    poisoned = true;
    process.close(timeout);
  }

  boolean isExpired(Duration idle, Duration maxAge) {
    Instant now = clock.instant();
    return Duration.between(lastUsed, now).compareTo(idle) > 0
        || Duration.between(openedAt, now).compareTo(maxAge) > 0;
  }

  @Override
  public String toString() {
    return "PowerShell session " + id;
  }
}
