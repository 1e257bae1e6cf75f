package io.exchangekit.adapter.connid;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;
import java.util.ArrayList;
import java.util.List;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.identityconnectors.framework.spi.AbstractConfiguration;
import org.identityconnectors.framework.spi.ConfigurationProperty;

/**
 * The bundle's configuration: one connector mode per resource (scope and new-user behaviour), the
 * on-premises server or the Exchange Online organisation with its Graph tenant, the planning
 * options and the session pool. With {@code emulated} the bundle runs against the embedded
 * emulators instead (for trials and tests). Secrets are {@link GuardedString}s and never print.
 */
public class ExchangeConfiguration extends AbstractConfiguration {
  private String connectorScope = "premise";
  private String newUserBehavior = "enable";
  private boolean emulated;
  private String emulatorVersion = "2019";

  private String premiseServer;
  private boolean premiseHttps = true;
  private String premiseAuthentication = "Kerberos";
  private String premiseLogin;
  private GuardedString premisePassword;
  private String premiseExchangeVersion;

  private boolean onlineAppAuth = true;
  private String onlineLogin;
  private String onlineOrganization;
  private String onlineCertificateThumbprint;
  private String onlineCertificateFilePath;
  private GuardedString onlineCertificatePassword;

  private String graphTenant;
  private String graphClientId;
  private GuardedString graphClientSecret;

  private int lockAttribute;
  private boolean lockAdAccount;
  private boolean removeUnlistedLicenses;
  private int maxSessions = 2;

  @ConfigurationProperty(
      order = 1,
      displayMessageKey = "connectorScope.display",
      helpMessageKey = "connectorScope.help",
      required = true)
  public String getConnectorScope() {
    return connectorScope;
  }

  public void setConnectorScope(String value) {
    this.connectorScope = value;
  }

  @ConfigurationProperty(
      order = 2,
      displayMessageKey = "newUserBehavior.display",
      helpMessageKey = "newUserBehavior.help",
      required = true)
  public String getNewUserBehavior() {
    return newUserBehavior;
  }

  public void setNewUserBehavior(String value) {
    this.newUserBehavior = value;
  }

  @ConfigurationProperty(
      order = 3,
      displayMessageKey = "emulated.display",
      helpMessageKey = "emulated.help")
  public boolean isEmulated() {
    return emulated;
  }

  public void setEmulated(boolean value) {
    this.emulated = value;
  }

  @ConfigurationProperty(
      order = 4,
      displayMessageKey = "emulatorVersion.display",
      helpMessageKey = "emulatorVersion.help")
  public String getEmulatorVersion() {
    return emulatorVersion;
  }

  public void setEmulatorVersion(String value) {
    this.emulatorVersion = value;
  }

  @ConfigurationProperty(
      order = 10,
      displayMessageKey = "premiseServer.display",
      helpMessageKey = "premiseServer.help")
  public String getPremiseServer() {
    return premiseServer;
  }

  public void setPremiseServer(String value) {
    this.premiseServer = value;
  }

  @ConfigurationProperty(
      order = 11,
      displayMessageKey = "premiseHttps.display",
      helpMessageKey = "premiseHttps.help")
  public boolean isPremiseHttps() {
    return premiseHttps;
  }

  public void setPremiseHttps(boolean value) {
    this.premiseHttps = value;
  }

  @ConfigurationProperty(
      order = 12,
      displayMessageKey = "premiseAuthentication.display",
      helpMessageKey = "premiseAuthentication.help")
  public String getPremiseAuthentication() {
    return premiseAuthentication;
  }

  public void setPremiseAuthentication(String value) {
    this.premiseAuthentication = value;
  }

  @ConfigurationProperty(
      order = 13,
      displayMessageKey = "premiseLogin.display",
      helpMessageKey = "premiseLogin.help")
  public String getPremiseLogin() {
    return premiseLogin;
  }

  public void setPremiseLogin(String value) {
    this.premiseLogin = value;
  }

  @ConfigurationProperty(
      order = 14,
      confidential = true,
      displayMessageKey = "premisePassword.display",
      helpMessageKey = "premisePassword.help")
  public GuardedString getPremisePassword() {
    return premisePassword;
  }

  public void setPremisePassword(GuardedString value) {
    this.premisePassword = value;
  }

  @ConfigurationProperty(
      order = 15,
      displayMessageKey = "premiseExchangeVersion.display",
      helpMessageKey = "premiseExchangeVersion.help")
  public String getPremiseExchangeVersion() {
    return premiseExchangeVersion;
  }

  public void setPremiseExchangeVersion(String value) {
    this.premiseExchangeVersion = value;
  }

  @ConfigurationProperty(
      order = 20,
      displayMessageKey = "onlineAppAuth.display",
      helpMessageKey = "onlineAppAuth.help")
  public boolean isOnlineAppAuth() {
    return onlineAppAuth;
  }

  public void setOnlineAppAuth(boolean value) {
    this.onlineAppAuth = value;
  }

  @ConfigurationProperty(
      order = 21,
      displayMessageKey = "onlineLogin.display",
      helpMessageKey = "onlineLogin.help")
  public String getOnlineLogin() {
    return onlineLogin;
  }

  public void setOnlineLogin(String value) {
    this.onlineLogin = value;
  }

  @ConfigurationProperty(
      order = 22,
      displayMessageKey = "onlineOrganization.display",
      helpMessageKey = "onlineOrganization.help")
  public String getOnlineOrganization() {
    return onlineOrganization;
  }

  public void setOnlineOrganization(String value) {
    this.onlineOrganization = value;
  }

  @ConfigurationProperty(
      order = 23,
      displayMessageKey = "onlineCertificateThumbprint.display",
      helpMessageKey = "onlineCertificateThumbprint.help")
  public String getOnlineCertificateThumbprint() {
    return onlineCertificateThumbprint;
  }

  public void setOnlineCertificateThumbprint(String value) {
    this.onlineCertificateThumbprint = value;
  }

  @ConfigurationProperty(
      order = 24,
      displayMessageKey = "onlineCertificateFilePath.display",
      helpMessageKey = "onlineCertificateFilePath.help")
  public String getOnlineCertificateFilePath() {
    return onlineCertificateFilePath;
  }

  public void setOnlineCertificateFilePath(String value) {
    this.onlineCertificateFilePath = value;
  }

  @ConfigurationProperty(
      order = 25,
      confidential = true,
      displayMessageKey = "onlineCertificatePassword.display",
      helpMessageKey = "onlineCertificatePassword.help")
  public GuardedString getOnlineCertificatePassword() {
    return onlineCertificatePassword;
  }

  public void setOnlineCertificatePassword(GuardedString value) {
    this.onlineCertificatePassword = value;
  }

  @ConfigurationProperty(
      order = 30,
      displayMessageKey = "graphTenant.display",
      helpMessageKey = "graphTenant.help")
  public String getGraphTenant() {
    return graphTenant;
  }

  public void setGraphTenant(String value) {
    this.graphTenant = value;
  }

  @ConfigurationProperty(
      order = 31,
      displayMessageKey = "graphClientId.display",
      helpMessageKey = "graphClientId.help")
  public String getGraphClientId() {
    return graphClientId;
  }

  public void setGraphClientId(String value) {
    this.graphClientId = value;
  }

  @ConfigurationProperty(
      order = 32,
      confidential = true,
      displayMessageKey = "graphClientSecret.display",
      helpMessageKey = "graphClientSecret.help")
  public GuardedString getGraphClientSecret() {
    return graphClientSecret;
  }

  public void setGraphClientSecret(GuardedString value) {
    this.graphClientSecret = value;
  }

  @ConfigurationProperty(
      order = 40,
      displayMessageKey = "lockAttribute.display",
      helpMessageKey = "lockAttribute.help")
  public int getLockAttribute() {
    return lockAttribute;
  }

  public void setLockAttribute(int value) {
    this.lockAttribute = value;
  }

  @ConfigurationProperty(
      order = 41,
      displayMessageKey = "lockAdAccount.display",
      helpMessageKey = "lockAdAccount.help")
  public boolean isLockAdAccount() {
    return lockAdAccount;
  }

  public void setLockAdAccount(boolean value) {
    this.lockAdAccount = value;
  }

  @ConfigurationProperty(
      order = 42,
      displayMessageKey = "removeUnlistedLicenses.display",
      helpMessageKey = "removeUnlistedLicenses.help")
  public boolean isRemoveUnlistedLicenses() {
    return removeUnlistedLicenses;
  }

  public void setRemoveUnlistedLicenses(boolean value) {
    this.removeUnlistedLicenses = value;
  }

  @ConfigurationProperty(
      order = 43,
      displayMessageKey = "maxSessions.display",
      helpMessageKey = "maxSessions.help")
  public int getMaxSessions() {
    return maxSessions;
  }

  public void setMaxSessions(int value) {
    this.maxSessions = value;
  }

  /**
   * @throws ConfigurationException naming every property that is missing or invalid, and what is
   *     allowed
   */
  @Override
  public void validate() {
    List<String> problems = new ArrayList<>();
    Scope scope = null;
    try {
      scope = Scope.parse(blankToNull(connectorScope));
    } catch (RuntimeException e) {
      problems.add("connectorScope must be premise or online but was '" + connectorScope + "'");
    }
    try {
      NewUserBehavior.parse(blankToNull(newUserBehavior));
    } catch (RuntimeException e) {
      problems.add("newUserBehavior must be enable or create but was '" + newUserBehavior + "'");
    }
    if (maxSessions < 1 || maxSessions > 16) {
      problems.add("maxSessions must be between 1 and 16 but was " + maxSessions);
    }
    if (lockAttribute < 0 || lockAttribute > 15) {
      problems.add(
          "lockAttribute must be 0 (none) or a CustomAttribute number 1-15 but was "
              + lockAttribute);
    }
    if (emulated) {
      try {
        ExchangeVersion v = ExchangeVersion.parse(blankToNull(emulatorVersion));
        if (v.isOnline()) {
          throw new IllegalArgumentException("online");
        }
      } catch (RuntimeException e) {
        problems.add(
            "emulatorVersion must be 2010, 2013, 2016, 2019 or SE but was '"
                + emulatorVersion
                + "'");
      }
    } else if (scope == Scope.PREMISE) {
      requireText(problems, "premiseServer", premiseServer, "the Exchange server's host name");
      requireText(problems, "premiseLogin", premiseLogin, "DOMAIN\\user of the service account");
      if (premisePassword == null) {
        problems.add("premisePassword is required: the service account's password");
      }
    } else if (scope == Scope.ONLINE) {
      requireText(problems, "onlineLogin", onlineLogin, "the application id (AppAuth)");
      requireText(problems, "onlineOrganization", onlineOrganization, "contoso.onmicrosoft.com");
      if (blankToNull(onlineCertificateThumbprint) == null
          && blankToNull(onlineCertificateFilePath) == null) {
        problems.add(
            "onlineCertificateThumbprint or onlineCertificateFilePath is required for app-only"
                + " sign-in");
      }
      requireText(problems, "graphTenant", graphTenant, "the tenant for Microsoft Graph");
      requireText(problems, "graphClientId", graphClientId, "the Graph application id");
      if (graphClientSecret == null) {
        problems.add("graphClientSecret is required: the Graph application's secret");
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException(String.join("; ", problems));
    }
  }

  private static void requireText(List<String> problems, String name, String value, String what) {
    if (blankToNull(value) == null) {
      problems.add(name + " is required: " + what);
    }
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
