package io.exchangekit.adapter.powershell;

import io.exchangekit.ports.spi.ExchangeBackend;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Exchange ports over a pool of PowerShell sessions, for the PowerShell adapters: they supply
 * the {@link ConnectionRecipe}, this does the rest (sessions, pool, rendering, decoding, errors).
 * Sessions open lazily; {@link #close()} disconnects and ends them.
 */
public final class PowerShellBackend implements AutoCloseable {
  private final SessionPool pool;
  private final ExchangeBackend backend;

  private PowerShellBackend(PowerShellOptions options, SessionPool.Factory factory) {
    this.pool =
        new SessionPool(
            factory,
            options.maxSessions(),
            options.idleTimeout(),
            options.maxAge(),
            options.connectTimeout().plus(options.callTimeout()),
            Duration.ofSeconds(10));
    Backoff backoff = new Backoff(options.throttleRetries(), options.throttleBackoff());
    Reads reads = new Reads(options.callTimeout(), options.throttleBackoff());
    this.backend =
        new ExchangeBackend(
            new PowerShellCommandAdapter(
                pool, options.callTimeout(), backoff, options.throttleBackoff()),
            new PowerShellStateAdapter(pool, reads, backoff),
            new PowerShellQueryAdapter(
                pool, reads, backoff, options.pageSize(), options.searchTimeout()),
            this::close);
  }

  /**
   * Prepares the ports; no process starts until the first call.
   *
   * @param options never null
   * @param recipe never null
   */
  public static PowerShellBackend open(PowerShellOptions options, ConnectionRecipe recipe) {
    Objects.requireNonNull(options, "'options' must not be null");
    Objects.requireNonNull(recipe, "'recipe' must not be null");
    return new PowerShellBackend(
        options,
        new ConnectingSessionFactory(
            options,
            recipe,
            () -> JPowerShellProcess.start(options.executable()),
            Clock.systemUTC()));
  }

  /**
   * Prepares the ports over another PowerShell host, e.g. an in-process interpreter; each session
   * of the pool gets a host of its own from {@code hosts}.
   *
   * @param options never null
   * @param recipe never null
   * @param hosts never null; called once per session
   */
  public static PowerShellBackend open(
      PowerShellOptions options, ConnectionRecipe recipe, HostFactory hosts) {
    Objects.requireNonNull(hosts, "'hosts' must not be null");
    return open(options, recipe, () -> new HostProcess(hosts.open()));
  }

  /** Opens one host per session. */
  @FunctionalInterface
  public interface HostFactory {
    /**
     * @return a new host; never null
     */
    PowerShellHost open();
  }

  /** For tests: the same ports over another way of starting processes. */
  static PowerShellBackend open(
      PowerShellOptions options, ConnectionRecipe recipe, Supplier<PsProcess> processes) {
    return new PowerShellBackend(
        options, new ConnectingSessionFactory(options, recipe, processes, Clock.systemUTC()));
  }

  /** The ports; closing it closes this. */
  public ExchangeBackend backend() {
    return backend;
  }

  /** What the pool has done so far. */
  public PoolFigures figures() {
    return pool.figures();
  }

  @Override
  public void close() {
    pool.close();
  }
}
