package io.exchangekit.adapter.powershell;

import io.exchangekit.emulator.exchange.EmulatorSession;
import io.exchangekit.emulator.exchange.ExchangeEmulator;

/**
 * One in-process emulator session as the adapters' {@link PowerShellHost}: the whole adapter,
 * connection recipe included, without a child process (for tests where jPowerShell adds nothing).
 */
public record EmulatorHost(EmulatorSession session) implements PowerShellHost {

  /** Hosts over bare sessions of {@code emulator}: each one runs the connection recipe. */
  public static PowerShellBackend.HostFactory of(ExchangeEmulator emulator) {
    return () -> new EmulatorHost(emulator.newDisconnectedSession());
  }

  @Override
  public Result run(String line) {
    var r = session.run(line);
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
}
