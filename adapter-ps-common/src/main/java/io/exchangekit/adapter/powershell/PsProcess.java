package io.exchangekit.adapter.powershell;

import java.time.Duration;

/**
 * One PowerShell child process that takes one line and answers with output: the seam to
 * jPowerShell.
 */
interface PsProcess {

  /** How a call ended. */
  enum Status {
    /** Output arrived. */
    ANSWERED,
    /** Nothing (or no complete output) arrived in time. */
    TIMED_OUT,
    /** The process ended during the call. */
    DIED,
    /** The line could not be sent: the process was gone before. */
    NOT_SENT
  }

  /** The output of one call. */
  record Output(Status status, String text) {}

  /** Sends one line and waits at most {@code timeout} for its output. */
  Output send(String line, Duration timeout);

  boolean isAlive();

  /** Ends the process now, with its child processes, and releases the library's threads. */
  void kill();

  /** Asks the process to exit, waiting at most {@code timeout}; kills it if it does not. */
  void close(Duration timeout);
}
