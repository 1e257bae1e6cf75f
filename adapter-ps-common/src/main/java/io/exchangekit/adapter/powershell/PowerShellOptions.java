package io.exchangekit.adapter.powershell;

import io.exchangekit.ports.spi.BackendConfig;
import java.io.File;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

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

  /** The configuration keys {@link #from} reads. */
  public static final Set<String> KEYS =
      Set.of(
          "powershell.executable",
          "pool.maxSessions",
          "pool.idleSeconds",
          "pool.maxAgeSeconds",
          "timeout.callSeconds",
          "timeout.connectSeconds",
          "timeout.searchSeconds",
          "throttle.retries",
          "throttle.backoffMillis",
          "search.pageSize");

  public PowerShellOptions {
    Objects.requireNonNull(executable, "'executable' must not be null");
    if (executable.isBlank()) {
      throw new IllegalArgumentException("'powershell.executable' must not be blank");
    }
    if (maxSessions < 1) {
      throw new IllegalArgumentException(
          "'pool.maxSessions' must be at least 1 but was " + maxSessions);
    }
    if (throttleRetries < 0) {
      throw new IllegalArgumentException(
          "'throttle.retries' must not be negative but was " + throttleRetries);
    }
    if (pageSize < 1) {
      throw new IllegalArgumentException(
          "'search.pageSize' must be at least 1 but was " + pageSize);
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
      throw new IllegalArgumentException(
          "'" + key + "' must be positive but was " + d.toMillis() / 1000.0);
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
    return builder(maxSessions).build();
  }

  /**
   * A builder starting from the defaults listed above, with the given pool size.
   *
   * @param maxSessions at most this many sessions at once
   * @return never null
   */
  public static Builder builder(int maxSessions) {
    return new Builder(maxSessions);
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder(maxSessions);
    b.executable = executable;
    b.idleTimeout = idleTimeout;
    b.maxAge = maxAge;
    b.callTimeout = callTimeout;
    b.connectTimeout = connectTimeout;
    b.searchTimeout = searchTimeout;
    b.throttleRetries = throttleRetries;
    b.throttleBackoff = throttleBackoff;
    b.pageSize = pageSize;
    b.windows = windows;
    return b;
  }

  /** Builds {@link PowerShellOptions}; every value starts at its default. */
  public static final class Builder {
    private boolean windows = isWindowsHost();
    private String executable = defaultExecutable(windows);
    private int maxSessions;
    private Duration idleTimeout = Duration.ofMinutes(10);
    private Duration maxAge = Duration.ofHours(1);
    private Duration callTimeout = Duration.ofMinutes(2);
    private Duration connectTimeout = Duration.ofMinutes(3);
    private Duration searchTimeout = Duration.ofMinutes(15);
    private int throttleRetries = 3;
    private Duration throttleBackoff = Duration.ofSeconds(2);
    private int pageSize = 500;

    private Builder(int maxSessions) {
      this.maxSessions = maxSessions;
    }

    /** The PowerShell executable or a stand-in, as a name on the PATH or a path. */
    public Builder executable(String executable) {
      this.executable = executable;
      return this;
    }

    /** At most this many sessions at once. */
    public Builder maxSessions(int maxSessions) {
      this.maxSessions = maxSessions;
      return this;
    }

    /** A session unused this long is closed. */
    public Builder idleTimeout(Duration idleTimeout) {
      this.idleTimeout = idleTimeout;
      return this;
    }

    /** A session this old is closed when it is next returned or leased. */
    public Builder maxAge(Duration maxAge) {
      this.maxAge = maxAge;
      return this;
    }

    /** How long one call may take before the session is considered hung. */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
      return this;
    }

    /** How long connecting may take. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    /** How long the call that runs a search query may take. */
    public Builder searchTimeout(Duration searchTimeout) {
      this.searchTimeout = searchTimeout;
      return this;
    }

    /** How often a throttled call is repeated, and the first back-off when Exchange names none. */
    public Builder throttle(int retries, Duration backoff) {
      this.throttleRetries = retries;
      this.throttleBackoff = backoff;
      return this;
    }

    /** How many search records one call fetches. */
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /** Whether the host is Windows (the default is judged by the file separator). */
    public Builder windows(boolean windows) {
      this.windows = windows;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the key of a value that is out of range
     */
    public PowerShellOptions build() {
      return new PowerShellOptions(
          executable,
          maxSessions,
          idleTimeout,
          maxAge,
          callTimeout,
          connectTimeout,
          searchTimeout,
          throttleRetries,
          throttleBackoff,
          pageSize,
          windows);
    }
  }

  /**
   * Reads the keys listed above from a backend configuration.
   *
   * @throws IllegalArgumentException naming a key whose value is invalid
   */
  public static PowerShellOptions from(BackendConfig config, int defaultMaxSessions) {
    PowerShellOptions d = defaults(defaultMaxSessions);
    return d.toBuilder()
        .executable(
            config.setting("powershell.executable").map(String::trim).orElse(d.executable()))
        .maxSessions(config.intSetting("pool.maxSessions", d.maxSessions()))
        .idleTimeout(seconds(config, "pool.idleSeconds", d.idleTimeout()))
        .maxAge(seconds(config, "pool.maxAgeSeconds", d.maxAge()))
        .callTimeout(seconds(config, "timeout.callSeconds", d.callTimeout()))
        .connectTimeout(seconds(config, "timeout.connectSeconds", d.connectTimeout()))
        .searchTimeout(seconds(config, "timeout.searchSeconds", d.searchTimeout()))
        .throttle(
            config.intSetting("throttle.retries", d.throttleRetries()),
            Duration.ofMillis(
                config.intSetting("throttle.backoffMillis", (int) d.throttleBackoff().toMillis())))
        .pageSize(config.intSetting("search.pageSize", d.pageSize()))
        .build();
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
