package io.exchangekit.adapter.powershell;

/**
 * A session could not deliver a call's answer. The session is poisoned (its process killed) before
 * this is thrown; {@link Kind#NOT_STARTED} means the call never reached the process.
 */
final class SessionFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  enum Kind {
    NOT_STARTED,
    TIMED_OUT,
    CRASHED,
    GARBLED
  }

  private final Kind kind;

  SessionFailure(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  Kind kind() {
    return kind;
  }
}
