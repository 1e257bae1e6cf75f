package io.exchangekit.adapter.openiam.mapping;

import io.exchangekit.adapter.openiam.model.ManagedSystem;
import io.exchangekit.adapter.openiam.model.OpenIamErrorCode;
import io.exchangekit.adapter.openiam.model.OpenIamRequest;
import io.exchangekit.adapter.openiam.model.OpenIamRequestException;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mode.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the managed-system settings: login, password and URL from the request header (metaData)
 * only, and AppAuth, Organization and CertificateThumbprint from the header or, failing that, from
 * the request's attributes. The seed's rule: an on-premises service account names its domain
 * ({@code DOMAIN\\user}) unless app-only authentication is used.
 */
final class ManagedSystemReader {
  private ManagedSystemReader() {}

  /**
   * @throws OpenIamRequestException (invalidConfiguration) naming every setting that is wrong
   */
  static ManagedSystem read(OpenIamRequest request, Attributes attributes, Scope scope) {
    List<String> problems = new ArrayList<>();
    Optional<String> login = header(request, "login", "hostLoginId");
    Optional<String> url = header(request, "url", "hostUrl");
    Optional<String> appAuthText = setting(request, attributes, "AppAuth");
    boolean appAuth = false;
    if (appAuthText.isPresent()) {
      try {
        appAuth = MailboxParameter.parseBoolean(appAuthText.get());
      } catch (IllegalArgumentException e) {
        problems.add("AppAuth " + e.getMessage());
      }
    }
    Optional<ManagedSystem.ServiceAccount> account = Optional.empty();
    Optional<ManagedSystem.AppAuthentication> app = Optional.empty();
    if (appAuth) {
      Optional<String> organization = setting(request, attributes, "Organization");
      Optional<String> thumbprint = setting(request, attributes, "CertificateThumbprint");
      if (scope != Scope.ONLINE) {
        problems.add(
            "AppAuth True (app-only authentication) needs connectorScope online but the scope is "
                + scope.settingValue());
      }
      if (login.isEmpty()) {
        problems.add("login must be the Azure application (client) id when AppAuth is True");
      }
      if (organization.isEmpty()) {
        problems.add(
            "Organization is required when AppAuth is True (e.g. contoso.onmicrosoft.com)");
      }
      if (thumbprint.isEmpty()) {
        problems.add("CertificateThumbprint is required when AppAuth is True");
      }
      if (problems.isEmpty()) {
        app =
            Optional.of(
                new ManagedSystem.AppAuthentication(
                    login.get().trim(), organization.get().trim(), thumbprint.get().trim()));
      }
    } else if (login.isPresent()) {
      String l = login.get().trim();
      int slash = l.indexOf('\\');
      int end = slash;
      while (end >= 0 && end < l.length() && l.charAt(end) == '\\') {
        end++; // a doubled backslash (an escaping slip) still separates domain and user
      }
      String user = slash < 0 ? l : l.substring(end);
      if (slash > 0 && !user.isEmpty() && user.indexOf('\\') < 0) {
        account =
            Optional.of(new ManagedSystem.ServiceAccount(Optional.of(l.substring(0, slash)), user));
      } else if (slash >= 0) {
        problems.add(
            "login must have the form DOMAIN\\user but was '" + JsonAttributes.shorten(l) + "'");
      } else if (scope != Scope.ONLINE) {
        problems.add(
            "login must include the domain (DOMAIN\\user, e.g. CONTOSO\\svc-exchange) for "
                + scope.settingValue()
                + " scope but was '"
                + JsonAttributes.shorten(l)
                + "'");
      } else {
        account = Optional.of(new ManagedSystem.ServiceAccount(Optional.empty(), l));
      }
    }
    if (!problems.isEmpty()) {
      throw new OpenIamRequestException(
          OpenIamErrorCode.INVALID_CONFIGURATION,
          problems.stream().map(p -> "managed system: " + p).toList());
    }
    return new ManagedSystem(url, account, request.metaData().password(), app);
  }

  /** A header entry; login and URL come only from the header, never from a user attribute. */
  private static Optional<String> header(OpenIamRequest request, String... names) {
    for (String n : names) {
      Optional<String> v = request.metaData().value(n);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  /** A managed-system attribute: from the header, else from the request's attributes. */
  private static Optional<String> setting(
      OpenIamRequest request, Attributes attributes, String name) {
    return header(request, name).or(() -> attributes.singleText(name));
  }
}
