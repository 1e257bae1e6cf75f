package io.exchangekit.adapter.powershell;

import io.exchangekit.ports.spi.BackendConfig;
import java.io.File;
import java.time.Duration;
import java.util.Objects;

/**
 * How PowerShell sessions are started and pooled.
 *
 * <p>Configuration keys (all optional): {@code powershell.executable} (default {@code
 * powershell.exe} on Windows, {@code pwsh} elsewhere), {@code pool.maxSessions}, {@code
 * pool.idleSeconds} (default 600), {@code pool.maxAgeSeconds} (default 3600), {@code
 * timeout.callSeconds} (default 120), {@code timeout.connectSeconds} (default 180), {@code
 * timeout.searchSeconds} (default 900: the call that runs a search query), {@code throttle.retries}
 * (default 3), {@code throttle.backoffMillis} (default 2000), {@code search.pageSize} (default
 * 500).
 *
 * @param executable the PowerShell executable or a stand-in, as a name on the PATH or a path
 * @param maxSessions at most this many sessions at once
 * @param idleTimeout a session unused this long is closed
 * @param maxAge a session this old is closed when it is next returned or leased
 * @param callTimeout how long one call may take before the session is considered hung
 * @param connectTimeout how long connecting may take
 * @param searchTimeout how long the call that runs a search query may take (it reads everything)
 * @param throttleRetries how often a throttled call is repeated after backing off
 * @param throttleBackoff the first back-off when Exchange names none; doubles each time
 * @param pageSize how many search records one call fetches
 * @param windows whether the host is Windows (adds the console UTF-8 setup when connecting)
 */
public record PowerShellOptions(
    String executable,
    int maxSessions,
    Duration idleTimeout,
    Duration maxAge,
    Duration callTimeout,
    Duration connectTimeout,
    Duration searchTimeout,
    int throttleRetries,
    Duration throttleBackoff,
    int pageSize,
    boolean windows) {

  public PowerShellOptions {
    Objects.requireNonNull(executable, "'executable' must not be null");
    if (executable.isBlank()) {
      throw new IllegalArgumentException("'powershell.executable' must not be blank");
    }
    if (maxSessions < 1) {
      throw new IllegalArgumentException("'pool.maxSessions' must be at least 1");
    }
    if (throttleRetries < 0) {
      throw new IllegalArgumentException("'throttle.retries' must not be negative");
    }
    if (pageSize < 1) {
      throw new IllegalArgumentException("'search.pageSize' must be at least 1");
    }
    requirePositive(idleTimeout, "pool.idleSeconds");
    requirePositive(maxAge, "pool.maxAgeSeconds");
    requirePositive(callTimeout, "timeout.callSeconds");
    requirePositive(connectTimeout, "timeout.connectSeconds");
    requirePositive(searchTimeout, "timeout.searchSeconds");
    Objects.requireNonNull(throttleBackoff, "'throttle.backoffMillis' must not be null");
  }

  private static void requirePositive(Duration d, String key) {
    Objects.requireNonNull(d, "'" + key + "' must not be null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("'" + key + "' must be positive");
    }
  }

  /** True on Windows hosts (judged by the file separator). */
  public static boolean isWindowsHost() {
    return File.separatorChar == '\\';
  }

  /** The default executable for this platform: {@code powershell.exe} or {@code pwsh}. */
  public static String defaultExecutable(boolean windows) {
    return windows ? "powershell.exe" : "pwsh";
  }

  /** The defaults, with the given pool size. */
  public static PowerShellOptions defaults(int maxSessions) {
    boolean windows = isWindowsHost();
    return new PowerShellOptions(
        defaultExecutable(windows),
        maxSessions,
        Duration.ofMinutes(10),
        Duration.ofHours(1),
        Duration.ofMinutes(2),
        Duration.ofMinutes(3),
        Duration.ofMinutes(15),
        3,
        Duration.ofSeconds(2),
        500,
        windows);
  }

  /**
   * Reads the keys listed above from a backend configuration.
   *
   * @throws IllegalArgumentException naming a key whose value is invalid
   */
  public static PowerShellOptions from(BackendConfig config, int defaultMaxSessions) {
    PowerShellOptions d = defaults(defaultMaxSessions);
    return new PowerShellOptions(
        config.setting("powershell.executable").map(String::trim).orElse(d.executable()),
        config.intSetting("pool.maxSessions", d.maxSessions()),
        seconds(config, "pool.idleSeconds", d.idleTimeout()),
        seconds(config, "pool.maxAgeSeconds", d.maxAge()),
        seconds(config, "timeout.callSeconds", d.callTimeout()),
        seconds(config, "timeout.connectSeconds", d.connectTimeout()),
        seconds(config, "timeout.searchSeconds", d.searchTimeout()),
        config.intSetting("throttle.retries", d.throttleRetries()),
        Duration.ofMillis(
            config.intSetting("throttle.backoffMillis", (int) d.throttleBackoff().toMillis())),
        config.intSetting("search.pageSize", d.pageSize()),
        d.windows());
  }

  private static Duration seconds(BackendConfig config, String key, Duration fallback) {
    return config
        .setting(key)
        .map(v -> Duration.ofMillis(Math.round(parseSeconds(key, v) * 1000)))
        .orElse(fallback);
  }

  private static double parseSeconds(String key, String value) {
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "setting '" + key + "' must be a number of seconds but was '" + value + "'");
    }
  }
}
