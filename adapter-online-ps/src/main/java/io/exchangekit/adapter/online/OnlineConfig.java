package io.exchangekit.adapter.online;

import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.ports.spi.BackendConfig;
import java.util.Objects;
import java.util.Optional;
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
