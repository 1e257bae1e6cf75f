package io.exchangekit.emulator.exchange;

import io.exchangekit.emulator.exchange.ps.PowerShellHost;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An in-process PowerShell session on an {@link ExchangeEmulator}: each {@link #run} sends one
 * input line, exactly as jPowerShell would send it to the emulator process, and returns what it
 * printed. A confirmation prompt returns an incomplete result; the next {@code run} is its answer.
 * Not thread-safe (neither is a PowerShell session).
 */
public final class EmulatorSession implements AutoCloseable {
  private static final String END = "\u0000end";

  private final BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
  private final BlockingQueue<ScriptResult> outbox = new LinkedBlockingQueue<>();
  private final FaultyHost host;
  private final Duration timeout;
  private final Thread worker;
  private volatile boolean alive = true;

  EmulatorSession(
      FaultyHost host,
      java.util.function.Function<PowerShellHost.Terminal, PowerShellHost> factory,
      Duration timeout) {
    this.host = host;
    this.timeout = timeout;
    StringBuilder buffer = new StringBuilder();
    PowerShellHost.Terminal terminal =
        new PowerShellHost.Terminal() {
          @Override
          public String readLine() throws java.io.IOException {
            try {
              String line = inbox.take();
              return line.equals(END) ? null : line;
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return null;
            }
          }

          @Override
          public void write(String text) {
            buffer.append(text);
          }

          @Override
          public void endOfCommand() {
            host.remoteCallAnswered();
            host.chargeCallLatency();
            outbox.add(new ScriptResult(buffer.toString(), true, false, false));
            buffer.setLength(0);
          }

          @Override
          public void awaitingAnswer() {
            host.remoteCallAnswered();
            host.chargeCallLatency();
            outbox.add(new ScriptResult(buffer.toString(), false, false, false));
            buffer.setLength(0);
          }
        };
    PowerShellHost ps = factory.apply(terminal);
    this.worker =
        new Thread(
            () -> {
              try {
                ps.serve();
                alive = false;
                outbox.add(new ScriptResult(buffer.toString(), true, false, false));
              } catch (FaultyHost.Crash | java.io.IOException e) {
                alive = false;
                outbox.add(new ScriptResult("", false, false, true));
              } finally {
                alive = false;
                host.releaseSession();
              }
            },
            "exchange-emulator-session");
    worker.setDaemon(true);
    worker.start();
  }

  /** Sends one input line and returns what it printed. */
  public ScriptResult run(String line) {
    if (!alive) {
      return new ScriptResult("", false, false, true);
    }
    if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("one line per call: jPowerShell sends lines");
    }
    inbox.add(line);
    try {
      ScriptResult r = outbox.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (r == null) {
        alive = false;
        worker.interrupt();
        return new ScriptResult("", false, true, false);
      }
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ScriptResult("", false, true, false);
    }
  }

  /** Remote calls this session answered (each {@link #run} that returned an answer). */
  public long remoteCalls() {
    return host.remoteCalls();
  }

  public boolean isAlive() {
    return alive;
  }

  @Override
  public void close() {
    if (alive) {
      inbox.add(END);
      try {
        worker.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    worker.interrupt();
    host.releaseSession();
  }
}
