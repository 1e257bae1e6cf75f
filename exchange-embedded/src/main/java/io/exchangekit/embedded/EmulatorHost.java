package io.exchangekit.embedded;

import io.exchangekit.adapter.powershell.PowerShellHost;
import io.exchangekit.emulator.exchange.EmulatorSession;
import io.exchangekit.emulator.exchange.ScriptResult;

/**
 * An in-process emulator session as the PowerShell adapters' host: the connector's embedded target
 * and the benchmarks run the real adapters over it.
 */
public final class EmulatorHost implements PowerShellHost {
  private final EmulatorSession session;

  public EmulatorHost(EmulatorSession session) {
    this.session = session;
  }

  @Override
  public Result run(String line) {
    ScriptResult r = session.run(line);
    if (r.crashed()) {
      return new Result(Outcome.DIED, "");
    }
    return r.timedOut()
        ? new Result(Outcome.TIMED_OUT, "")
        : new Result(Outcome.ANSWERED, r.output());
  }

  @Override
  public boolean isAlive() {
    return session.isAlive();
  }

  @Override
  public void close() {
    session.close();
  }

  /** The session underneath, e.g. to close it from another thread as a killed process. */
  public EmulatorSession session() {
    return session;
  }
}
