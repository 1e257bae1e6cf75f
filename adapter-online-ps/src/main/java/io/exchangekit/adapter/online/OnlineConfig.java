package io.exchangekit.adapter.online;

import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.ports.spi.BackendConfig;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Configuration of the Exchange Online backend (ExchangeOnlineManagement module).
 *
 * <p>Keys, named as the seed's managed-system attributes: {@code AppAuth} (true: app-only
 * authentication as an Azure application), {@code Organization} (the tenant's primary {@code
 * .onmicrosoft.com} domain; required with AppAuth), {@code login} (the application (client) id with
 * AppAuth, else the administrator's UPN), {@code CertificateThumbprint} (Windows only), or {@code
 * CertificateFilePath} with the secret {@code CertificatePassword} (any platform), secret {@code
 * password} (without AppAuth), plus the {@link PowerShellOptions} keys (pool of 3 sessions by
 * default, Exchange Online's limit).
 *
 * @param appAuth app-only authentication
 * @param organization the tenant's .onmicrosoft.com domain
 * @param login the application id (app-only) or the administrator's UPN
 * @param certificateThumbprint the certificate in the Windows store (app-only, Windows)
 * @param certificateFile the certificate file (app-only, elsewhere)
 * @param certificatePassword the certificate file's password
 * @param password the administrator's password (not app-only)
 * @param powerShell sessions and pool
 */
public record OnlineConfig(
    boolean appAuth,
    Optional<String> organization,
    String login,
    Optional<String> certificateThumbprint,
    Optional<String> certificateFile,
    Optional<Secret> certificatePassword,
    Optional<Secret> password,
    PowerShellOptions powerShell) {

  /** Default pool size: Exchange Online allows 3 concurrent sessions per account. */
  public static final int DEFAULT_SESSIONS = 3;

  /** The keys {@link #from} reads besides {@link PowerShellOptions#KEYS}. */
  public static final Set<String> KEYS =
      Set.of(
          "AppAuth",
          "Organization",
          "login",
          "CertificateThumbprint",
          "CertificateFilePath",
          "CertificatePassword",
          "password");

  private static final Pattern ORGANIZATION =
      Pattern.compile("(?i)[a-z0-9][a-z0-9-]*\\.onmicrosoft\\.(com|us|de|cn)");
  private static final Pattern THUMBPRINT = Pattern.compile("[0-9A-Fa-f]{40}");

  public OnlineConfig {
    Objects.requireNonNull(organization, "'organization' must not be null");
    Objects.requireNonNull(login, "'login' must not be null");
    Objects.requireNonNull(certificateThumbprint, "'certificateThumbprint' must not be null");
    Objects.requireNonNull(certificateFile, "'certificateFile' must not be null");
    Objects.requireNonNull(certificatePassword, "'certificatePassword' must not be null");
    Objects.requireNonNull(password, "'password' must not be null");
    Objects.requireNonNull(powerShell, "'powerShell' must not be null");
    if (login.isBlank()) {
      throw new IllegalArgumentException(
          appAuth
              ? "setting 'login' must be the Azure application (client) id"
              : "setting 'login' must be the administrator's user principal name");
    }
    if (appAuth) {
      if (organization.isEmpty() || !ORGANIZATION.matcher(organization.get()).matches()) {
        throw new IllegalArgumentException(
            "setting 'Organization' must be the tenant's primary domain, e.g."
                + " contoso.onmicrosoft.com"
                + organization.map(o -> ", but was '" + o + "'").orElse(""));
      }
      if (certificateThumbprint.isEmpty() == certificateFile.isEmpty()) {
        throw new IllegalArgumentException(
            "app-only authentication needs either 'CertificateThumbprint' (Windows) or"
                + " 'CertificateFilePath' with secret 'CertificatePassword'");
      }
      if (certificateThumbprint.isPresent()) {
        if (!powerShell.windows()) {
          throw new IllegalArgumentException(
              "'CertificateThumbprint' works only on Windows; use 'CertificateFilePath' with"
                  + " secret 'CertificatePassword'");
        }
        if (!THUMBPRINT.matcher(certificateThumbprint.get()).matches()) {
          throw new IllegalArgumentException(
              "setting 'CertificateThumbprint' must be 40 hexadecimal digits");
        }
      }
    } else if (password.isEmpty()) {
      throw new IllegalArgumentException(
          "without 'AppAuth' the secret 'password' of the administrator is required");
    }
  }

  /**
   * A builder for app-only authentication: the application (client) id in the tenant's
   * organisation; then give the certificate.
   *
   * @param applicationId the Azure application (client) id
   * @param organization the tenant's primary domain, e.g. {@code contoso.onmicrosoft.com}
   * @return never null
   */
  public static Builder appOnly(String applicationId, String organization) {
    Builder b = new Builder(true, applicationId);
    b.organization = Optional.of(organization);
    return b;
  }

  /**
   * A builder for credential sign-in as an administrator.
   *
   * @param userPrincipalName the administrator's UPN
   * @param password the administrator's password
   * @return never null
   */
  public static Builder credential(String userPrincipalName, Secret password) {
    Builder b = new Builder(false, userPrincipalName);
    b.password = Optional.of(password);
    return b;
  }

  /** Builds {@link OnlineConfig}; validation happens in {@link #build()}. */
  public static final class Builder {
    private final boolean appAuth;
    private final String login;
    private Optional<String> organization = Optional.empty();
    private Optional<String> certificateThumbprint = Optional.empty();
    private Optional<String> certificateFile = Optional.empty();
    private Optional<Secret> certificatePassword = Optional.empty();
    private Optional<Secret> password = Optional.empty();
    private PowerShellOptions powerShell = PowerShellOptions.defaults(DEFAULT_SESSIONS);

    private Builder(boolean appAuth, String login) {
      this.appAuth = appAuth;
      this.login = login;
    }

    /** The certificate in the Windows certificate store (app-only, Windows). */
    public Builder certificateThumbprint(String thumbprint) {
      this.certificateThumbprint = Optional.of(thumbprint);
      return this;
    }

    /** The certificate file, with its password if it has one (app-only, any platform). */
    public Builder certificateFile(String path, Optional<Secret> password) {
      this.certificateFile = Optional.of(path);
      this.certificatePassword = password;
      return this;
    }

    /** Sessions and pool. */
    public Builder powerShell(PowerShellOptions powerShell) {
      this.powerShell = powerShell;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the setting that is invalid
     */
    public OnlineConfig build() {
      return new OnlineConfig(
          appAuth,
          organization,
          login,
          certificateThumbprint,
          certificateFile,
          certificatePassword,
          password,
          powerShell);
    }
  }

  /**
   * Reads the keys listed above.
   *
   * @throws IllegalArgumentException naming a missing or invalid key
   */
  public static OnlineConfig from(BackendConfig config) {
    return new OnlineConfig(
        config.booleanSetting("AppAuth", false),
        config.setting("Organization").map(String::trim).filter(s -> !s.isEmpty()),
        config.required("login").trim(),
        config.setting("CertificateThumbprint").map(String::trim).filter(s -> !s.isEmpty()),
        config.setting("CertificateFilePath").map(String::trim).filter(s -> !s.isEmpty()),
        config.secret("CertificatePassword"),
        config.secret("password"),
        PowerShellOptions.from(config, DEFAULT_SESSIONS));
  }

  @Override
  public String toString() {
    return "OnlineConfig["
        + (appAuth ? "app " + login + " in " + organization.orElse("?") : "user " + login)
        + "]";
  }
}
