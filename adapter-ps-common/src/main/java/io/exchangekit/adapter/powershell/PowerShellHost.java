package io.exchangekit.adapter.powershell;

/**
 * A PowerShell host other than a child process started through jPowerShell, for example an
 * in-process interpreter such as the Exchange emulator of the test fixtures: one line in, the
 * output of that line out. The adapters use it exactly as they use a child process (the same
 * rendering, envelope, decoding and error table), so a backend over a host is the real adapter with
 * another transport.
 */
public interface PowerShellHost {

  /** What one line produced. */
  enum Outcome {
    /** The line ran and {@link Result#output()} holds what it printed. */
    ANSWERED,
    /** The line did not finish in time. */
    TIMED_OUT,
    /** The host died while running the line. */
    DIED
  }

  /**
   * What one line produced.
   *
   * @param outcome how the line ended; never null
   * @param output the text it printed; never null
   */
  record Result(Outcome outcome, String output) {}

  /**
   * Runs one line.
   *
   * @param line one PowerShell line; never null
   * @return never null
   */
  Result run(String line);

  /** False once the host has died or was closed. */
  boolean isAlive();

  /** Releases the host. */
  void close();
}
