package io.exchangekit.adapter.onprem;

import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.ports.spi.BackendConfig;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Configuration of the on-premises backend (Exchange Server 2010 and later over remote PowerShell).
 *
 * <p>Keys: {@code server} (required: the Exchange server's FQDN, or its {@code
 * http(s)://SERVER/PowerShell/} URL), {@code authentication} ({@code Kerberos} (default), {@code
 * Negotiate} or {@code Basic}; Basic only over HTTPS), {@code https} (default false, true when the
 * URL says so), {@code login} (the service account as {@code DOMAIN\\user}; without it the
 * connector's own Windows identity is used), secret {@code password} (required with a login),
 * {@code exchange.version} (used when the service account may not run Get-ExchangeServer), {@code
 * wsman.linuxClient} (default false: true when PowerShell 7 on this non-Windows host has a working
 * WSMan client, e.g. the PSWSMan module's), plus the {@link PowerShellOptions} keys (pool of 4
 * sessions by default).
 *
 * <p>Where it can run: the connect line is WinRM remoting ({@code New-PSSession -ConnectionUri}),
 * which needs a WSMan client. Windows has one; PowerShell 7 on Linux and macOS does not
 * (PowerShell/PowerShell#17390), so a backend that would start {@code pwsh} on a non-Windows host
 * is refused when it is created, with a message that says what works (see {@link
 * OnPremPowerShellProvider}).
 *
 * @param server the server's host name (with an optional port)
 * @param https whether to connect with https
 * @param authentication the WinRM authentication mechanism
 * @param login the service account, {@code DOMAIN\\user}; empty for the current identity
 * @param password the service account's password; present exactly when {@code login} is
 * @param version the version to assume when it cannot be detected
 * @param powerShell sessions and pool
 * @param linuxWsmanClient whether PowerShell 7 on a non-Windows host has a WSMan client installed
 */
public record OnPremConfig(
    String server,
    boolean https,
    Authentication authentication,
    Optional<String> login,
    Optional<Secret> password,
    Optional<ExchangeVersion> version,
    PowerShellOptions powerShell,
    boolean linuxWsmanClient) {

  /** Default pool size on-premises. */
  public static final int DEFAULT_SESSIONS = 4;

  /** The keys {@link #from} reads besides {@link PowerShellOptions#KEYS}. */
  public static final Set<String> KEYS =
      Set.of(
          "server",
          "https",
          "authentication",
          "login",
          "password",
          "exchange.version",
          "wsman.linuxClient");

  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\\d{1,5})?");
  private static final Pattern URL = Pattern.compile("(?i)(https?)://([^/]+)/PowerShell/?");
  private static final Pattern LOGIN = Pattern.compile("[^\\\\/\\s]+\\\\[^\\\\/\\s]+");

  /** The WinRM authentication mechanisms Exchange's PowerShell virtual directory accepts. */
  public enum Authentication {
    KERBEROS("Kerberos"),
    NEGOTIATE("Negotiate"),
    BASIC("Basic");

    private final String value;

    Authentication(String value) {
      this.value = value;
    }

    /** The -Authentication value. */
    public String value() {
      return value;
    }

    static Authentication parse(String text) {
      for (Authentication a : values()) {
        if (a.value.equalsIgnoreCase(text.trim())) {
          return a;
        }
      }
      throw new IllegalArgumentException(
          "setting 'authentication' must be one of Kerberos, Negotiate, Basic but was '"
              + text
              + "'");
    }
  }

  public OnPremConfig {
    Objects.requireNonNull(server, "'server' must not be null");
    Objects.requireNonNull(authentication, "'authentication' must not be null");
    Objects.requireNonNull(login, "'login' must not be null");
    Objects.requireNonNull(password, "'password' must not be null");
    Objects.requireNonNull(version, "'version' must not be null");
    Objects.requireNonNull(powerShell, "'powerShell' must not be null");
    if (!HOST.matcher(server).matches()) {
      throw new IllegalArgumentException(
          "setting 'server' must be the Exchange server's host name, e.g. EXCHANGE1.contoso.com,"
              + " but was '"
              + server
              + "'");
    }
    if (authentication == Authentication.BASIC && !https) {
      throw new IllegalArgumentException(
          "Basic authentication sends the password in clear and is allowed over HTTPS only: set"
              + " 'https' to true or use Kerberos");
    }
    if (login.isPresent() && !LOGIN.matcher(login.get()).matches()) {
      throw new IllegalArgumentException(
          "setting 'login' must include the domain, e.g. CONTOSO\\serviceAccount, but was '"
              + login.get()
              + "'");
    }
    if (login.isPresent() != password.isPresent()) {
      throw new IllegalArgumentException(
          login.isPresent()
              ? "secret 'password' is required with setting 'login'"
              : "setting 'login' (DOMAIN\\user) is required with secret 'password'");
    }
    if (authentication == Authentication.BASIC && login.isEmpty()) {
      throw new IllegalArgumentException("Basic authentication needs 'login' and 'password'");
    }
    if (version.isPresent() && version.get().isOnline()) {
      throw new IllegalArgumentException(
          "setting 'exchange.version' names Exchange Online; use the Online backend");
    }
  }

  /** The configuration without a WSMan client declared for PowerShell 7 off Windows. */
  public OnPremConfig(
      String server,
      boolean https,
      Authentication authentication,
      Optional<String> login,
      Optional<Secret> password,
      Optional<ExchangeVersion> version,
      PowerShellOptions powerShell) {
    this(server, https, authentication, login, password, version, powerShell, false);
  }

  /**
   * A builder for the server's host name: no https, Kerberos, the connector's own identity, the
   * version detected, the default sessions.
   *
   * @param server the server's host name (with an optional port)
   * @return never null
   */
  public static Builder builder(String server) {
    return new Builder(server);
  }

  /** Builds {@link OnPremConfig}; validation happens in {@link #build()}. */
  public static final class Builder {
    private final String server;
    private boolean https;
    private Authentication authentication = Authentication.KERBEROS;
    private Optional<String> login = Optional.empty();
    private Optional<Secret> password = Optional.empty();
    private Optional<ExchangeVersion> version = Optional.empty();
    private PowerShellOptions powerShell = PowerShellOptions.defaults(DEFAULT_SESSIONS);
    private boolean linuxWsmanClient;

    private Builder(String server) {
      this.server = server;
    }

    /** Connect with https. */
    public Builder https(boolean https) {
      this.https = https;
      return this;
    }

    /** The WinRM authentication mechanism. */
    public Builder authentication(Authentication authentication) {
      this.authentication = authentication;
      return this;
    }

    /** The service account ({@code DOMAIN\\user}) and its password. */
    public Builder credential(String login, Secret password) {
      this.login = Optional.of(login);
      this.password = Optional.of(password);
      return this;
    }

    /** The version to assume instead of detecting it. */
    public Builder version(ExchangeVersion version) {
      this.version = Optional.of(version);
      return this;
    }

    /** Sessions and pool. */
    public Builder powerShell(PowerShellOptions powerShell) {
      this.powerShell = powerShell;
      return this;
    }

    /**
     * Declares that PowerShell 7 on this non-Windows host has a working WSMan client (e.g. the
     * PSWSMan module's), so that {@code pwsh} may be used for WinRM remoting.
     */
    public Builder linuxWsmanClient(boolean installed) {
      this.linuxWsmanClient = installed;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the setting that is invalid
     */
    public OnPremConfig build() {
      return new OnPremConfig(
          server, https, authentication, login, password, version, powerShell, linuxWsmanClient);
    }
  }

  /** The ConnectionUri: {@code http(s)://SERVER/PowerShell/}. */
  public String connectionUri() {
    return (https ? "https" : "http") + "://" + server + "/PowerShell/";
  }

  /**
   * Reads the keys listed above.
   *
   * @throws IllegalArgumentException naming a missing or invalid key
   */
  public static OnPremConfig from(BackendConfig config) {
    String server = config.required("server").trim();
    Optional<Boolean> httpsFromUrl = Optional.empty();
    var url = URL.matcher(server);
    if (url.matches()) {
      httpsFromUrl = Optional.of(url.group(1).toLowerCase(Locale.ROOT).equals("https"));
      server = url.group(2);
    }
    boolean https = config.booleanSetting("https", httpsFromUrl.orElse(false));
    return new OnPremConfig(
        server,
        https,
        config.setting("authentication").map(Authentication::parse).orElse(Authentication.KERBEROS),
        config.setting("login").map(String::trim).filter(s -> !s.isEmpty()),
        config.secret("password"),
        config.setting("exchange.version").map(ExchangeVersion::parse),
        PowerShellOptions.from(config, DEFAULT_SESSIONS),
        config.booleanSetting("wsman.linuxClient", false));
  }

  @Override
  public String toString() {
    return "OnPremConfig["
        + connectionUri()
        + ", "
        + authentication.value()
        + login.map(l -> ", login " + l).orElse(", current identity")
        + "]";
  }
}
