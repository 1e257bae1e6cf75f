package io.exchangekit.adapter.powershell;

import io.exchangekit.adapter.powershell.ExchangeErrorTable.Phase;
import java.time.Duration;

/** Runs a read-only script on a session and turns an error envelope into a domain exception. */
final class Reads {
  private final Duration callTimeout;
  private final Duration defaultBackoff;

  Reads(Duration callTimeout, Duration defaultBackoff) {
    this.callTimeout = callTimeout;
    this.defaultBackoff = defaultBackoff;
  }

  /**
   * @param cmdlet the cmdlet named in a failure message
   * @throws io.exchangekit.core.error.ExchangeConnectorException mapped by the error table
   * @throws SessionFailure when the session broke
   */
  Envelope read(PsSession session, Script script, String cmdlet) {
    return read(session, script, cmdlet, callTimeout);
  }

  /** As {@link #read(PsSession, Script, String)}, with its own timeout. */
  Envelope read(PsSession session, Script script, String cmdlet, Duration timeout) {
    Envelope e = session.call(script, timeout);
    if (!e.ok()) {
      throw failure(session, e.error().orElseThrow(), script, cmdlet);
    }
    return e;
  }

  /**
   * What to throw for an error record of a read: a broken remote session poisons {@code session}
   * and is a {@link SessionFailure}, so the pool repeats the read on a fresh one; anything else is
   * the error table's exception.
   */
  RuntimeException failure(
      PsSession session, Envelope.ErrorRecord error, Script script, String cmdlet) {
    if (PsSession.remoteSessionBroken(error)) {
      session.poison("Exchange reports that the remote session is broken");
      return new SessionFailure(
          SessionFailure.Kind.CRASHED,
          "Exchange reports that the remote session is broken ("
              + script.redact(error.message())
              + ")");
    }
    return ExchangeErrorTable.toException(error, Phase.COMMAND, cmdlet, script, defaultBackoff);
  }

  /** {@code Cmdlet -Identity '…'} with the common read parameters. */
  static String get(String cmdlet, String identity, String extra) {
    return cmdlet
        + " -Identity "
        + PowerShellText.quote(identity)
        + extra
        + " -ErrorAction Stop -WarningAction SilentlyContinue 3>$null";
  }

  /** {@code Select-Object -Property 'A','B',@{n='X';e={[string]$_.X}}}: X is read as text. */
  static String select(java.util.List<String> properties, java.util.List<String> asText) {
    StringBuilder sb = new StringBuilder("Select-Object -Property ");
    String sep = "";
    for (String p : properties) {
      sb.append(sep).append(PowerShellText.quote(p));
      sep = ",";
    }
    for (String p : asText) {
      sb.append(sep).append("@{n=").append(PowerShellText.quote(p)).append(";e={[string]$_.");
      sb.append(p).append("}}");
      sep = ",";
    }
    return sb.toString();
  }
}
