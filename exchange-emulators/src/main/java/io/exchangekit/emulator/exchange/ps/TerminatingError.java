package io.exchangekit.emulator.exchange.ps;

/** An error that ends the statement (or, with {@code script}, the whole input line). */
final class TerminatingError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final transient PsError error;
  final boolean script;

  TerminatingError(PsError error, boolean script) {
    super(error.message(), null, false, false);
    this.error = error;
    this.script = script;
  }
}
