package io.exchangekit.adapter.powershell;

import java.time.Duration;

/** A {@link PowerShellHost} as a session's process. */
final class HostProcess implements PsProcess {
  private final PowerShellHost host;

  HostProcess(PowerShellHost host) {
    this.host = host;
  }

  @Override
  public Output send(String line, Duration timeout) {
    if (!host.isAlive()) {
      return new Output(Status.NOT_SENT, "");
    }
    PowerShellHost.Result r = host.run(line);
    return switch (r.outcome()) {
      case ANSWERED -> new Output(Status.ANSWERED, r.output());
      case TIMED_OUT -> new Output(Status.TIMED_OUT, "");
      case DIED -> new Output(Status.DIED, "");
    };
  }

  @Override
  public boolean isAlive() {
    return host.isAlive();
  }

  @Override
  public void kill() {
    host.close();
  }

  @Override
  public void close(Duration timeout) {
    host.close();
  }
}
