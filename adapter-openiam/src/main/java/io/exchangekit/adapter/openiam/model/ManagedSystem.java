package io.exchangekit.adapter.openiam.model;

import io.exchangekit.core.recipient.Secret;
import io.exchangekit.ports.spi.BackendConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The managed-system settings of a request, typed, for configuring backends: the Exchange server or
 * URL, and either a service account (<code>DOMAIN&#92;user</code> and password) or app-only
 * authentication (AppAuth with the application id, Organization and CertificateThumbprint).
 *
 * @param url the managed system's host URL; never null
 * @param serviceAccount the service account, unless app-only authentication is used; never null
 * @param password the service account's password; never null
 * @param appAuthentication app-only authentication (Exchange Online), when AppAuth is True; never
 *     null
 */
public record ManagedSystem(
    Optional<String> url,
    Optional<ServiceAccount> serviceAccount,
    Optional<Secret> password,
    Optional<AppAuthentication> appAuthentication) {
  public static final ManagedSystem NONE =
      new ManagedSystem(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public ManagedSystem {
    Objects.requireNonNull(url, "'url' must not be null");
    Objects.requireNonNull(serviceAccount, "'serviceAccount' must not be null");
    Objects.requireNonNull(password, "'password' must not be null");
    Objects.requireNonNull(appAuthentication, "'appAuthentication' must not be null");
  }

  /**
   * The settings as a backend configuration: settings {@code url}, {@code login} (<code>
   * DOMAIN&#92;user</code>), {@code domain}, {@code user}, {@code appAuth}, {@code appId}, {@code
   * organization}, {@code certificateThumbprint}; secret {@code password}. Absent values are left
   * out.
   */
  public BackendConfig toBackendConfig() {
    Map<String, String> settings = new LinkedHashMap<>();
    url.ifPresent(u -> settings.put("url", u));
    serviceAccount.ifPresent(
        a -> {
          settings.put("login", a.login());
          a.domain().ifPresent(d -> settings.put("domain", d));
          settings.put("user", a.user());
        });
    settings.put("appAuth", Boolean.toString(appAuthentication.isPresent()));
    appAuthentication.ifPresent(
        a -> {
          settings.put("appId", a.applicationId());
          settings.put("organization", a.organization());
          settings.put("certificateThumbprint", a.certificateThumbprint());
        });
    return BackendConfig.of(settings, password.map(p -> Map.of("password", p)).orElse(Map.of()));
  }

  /**
   * A service account: the user and, on-premises always, its Active Directory domain.
   *
   * @param domain the NetBIOS or DNS domain before the backslash; never null
   * @param user the account name; never null
   */
  public record ServiceAccount(Optional<String> domain, String user) {
    public ServiceAccount {
      Objects.requireNonNull(domain, "'domain' must not be null");
      Objects.requireNonNull(user, "'user' must not be null");
    }

    /** <code>DOMAIN&#92;user</code>, or the user alone when there is no domain. */
    public String login() {
      return domain.map(d -> d + "\\" + user).orElse(user);
    }
  }

  /**
   * App-only authentication for Exchange Online (the seed's AppAuth = True).
   *
   * @param applicationId the Azure application (client) id, from the login field; never null
   * @param organization the tenant, e.g. {@code contoso.onmicrosoft.com}; never null
   * @param certificateThumbprint the certificate's thumbprint; never null
   */
  public record AppAuthentication(
      String applicationId, String organization, String certificateThumbprint) {
    public AppAuthentication {
      Objects.requireNonNull(applicationId, "'applicationId' must not be null");
      Objects.requireNonNull(organization, "'organization' must not be null");
      Objects.requireNonNull(certificateThumbprint, "'certificateThumbprint' must not be null");
    }
  }
}
