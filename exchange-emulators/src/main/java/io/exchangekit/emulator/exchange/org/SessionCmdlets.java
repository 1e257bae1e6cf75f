package io.exchangekit.emulator.exchange.org;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.org.EmulatedCmdlet.Scope;
import io.exchangekit.emulator.exchange.ps.CmdletHost.Invocation;
import io.exchangekit.emulator.exchange.ps.CommandMetadata.Param;
import io.exchangekit.emulator.exchange.ps.PsObject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The session set-up commands: on-premises New-PSSession, Import-PSSession, Remove-PSSession and
 * Get-ExchangeServer (the server and its AdminDisplayVersion); online Connect-ExchangeOnline and
 * Disconnect-ExchangeOnline; Import-Module for the AD module or EXO V3. A credential given to
 * New-PSSession or Connect-ExchangeOnline must be a PSCredential.
 */
final class SessionCmdlets extends CmdletFamily {

  SessionCmdlets(CmdletContext session) {
    super(session);
  }

  static List<EmulatedCmdlet> cmdlets() {
    Param confirm = Param.of("Confirm", "SwitchParameter").alias("cf");
    Param whatIf = Param.of("WhatIf", "SwitchParameter").alias("wi");
    return List.of(
        EmulatedCmdlet.setUp(
            "Import-Module",
            Scope.ALL,
            SessionCmdlets::new,
            SessionCmdlets::importModule,
            Param.of("Name", "String[]").at(0).required(),
            Param.of("Force", "SwitchParameter"),
            Param.of("DisableNameChecking", "SwitchParameter"),
            Param.of("Prefix", "String")),
        EmulatedCmdlet.setUp(
                "Connect-ExchangeOnline",
                Scope.ONLINE,
                SessionCmdlets::new,
                SessionCmdlets::connectExchangeOnline)
            .describedByCatalog(),
        EmulatedCmdlet.setUp(
                "Disconnect-ExchangeOnline",
                Scope.ONLINE,
                SessionCmdlets::new,
                SessionCmdlets::disconnect,
                confirm,
                Param.of("ConnectionId", "String[]"),
                Param.of("ModulePrefix", "String[]"),
                whatIf)
            .asDestructive(),
        EmulatedCmdlet.setUp(
            "New-PSSession",
            Scope.ON_PREMISES,
            SessionCmdlets::new,
            SessionCmdlets::newPsSession,
            Param.of("ConfigurationName", "String"),
            Param.of("ConnectionUri", "Uri[]").alias("URI", "CU"),
            Param.of("Authentication", "AuthenticationMechanism"),
            Param.of("Credential", "PSCredential"),
            Param.of("AllowRedirection", "SwitchParameter"),
            Param.of("SessionOption", "PSSessionOption"),
            Param.of("Name", "String[]")),
        EmulatedCmdlet.setUp(
            "Import-PSSession",
            Scope.ON_PREMISES,
            SessionCmdlets::new,
            SessionCmdlets::importPsSession,
            Param.of("Session", "PSSession").at(0).required(),
            Param.of("CommandName", "String[]").at(1).alias("Name"),
            Param.of("DisableNameChecking", "SwitchParameter"),
            Param.of("AllowClobber", "SwitchParameter"),
            Param.of("Prefix", "String")),
        EmulatedCmdlet.setUp(
            "Remove-PSSession",
            Scope.ON_PREMISES,
            SessionCmdlets::new,
            SessionCmdlets::disconnect,
            Param.of("Session", "PSSession[]").at(0).required(),
            confirm,
            whatIf),
        // the catalog lists it (second edition), but the emulator models only what the session
        // set-up sends, so it stays hand-described with those common parameters
        EmulatedCmdlet.exchange(
                ExchangeCmdlets.GET_EXCHANGE_SERVER,
                SessionCmdlets::new,
                SessionCmdlets::getExchangeServer)
            .onlyIn(Scope.ON_PREMISES)
            .describedBy(
                Set.of("ErrorAction", "WarningAction", "ErrorVariable"),
                Param.of("Identity", "ServerIdParameter").at(0)));
  }

  /** Remove-PSSession and Disconnect-ExchangeOnline: the Exchange cmdlets go away. */
  private List<Object> disconnect(Invocation inv) {
    session.connected(false);
    return List.of();
  }

  private List<Object> newPsSession(Invocation inv) {
    String configuration = inv.string("ConfigurationName");
    String uri = inv.string("ConnectionUri");
    if (session.host() == HostPlatform.LINUX && inv.has("ConnectionUri")) {
      // PowerShell 7 on Linux ships no working WSMan client (PowerShell/PowerShell#17390): the
      // -ConnectionUri parameter set fails before any connection is tried
      throw ExchangeErrors.wsmanClientMissing();
    }
    if (uri == null || !uri.matches("(?i)https?://[^/]+/PowerShell/?")) {
      throw ExchangeErrors.serverNameUnresolved();
    }
    if (inv.get("Credential") instanceof PsObject cred) {
      String user = String.valueOf(cred.get("UserName"));
      if (!user.contains("\\") && !user.contains("@")) {
        // the seed: the service account must include the domain (DOMAIN\\user)
        String host = uri.replaceAll("(?i)https?://([^/]+)/.*", "$1");
        throw ExchangeErrors.remoteAccessDenied(host);
      }
    }
    if (!"Microsoft.Exchange".equalsIgnoreCase(configuration)) {
      String host = uri.replaceAll("(?i)https?://([^/]+)/.*", "$1");
      throw ExchangeErrors.sessionConfigurationNotFound(host, configuration);
    }
    int sessionCounter = session.nextSessionNumber();
    PsObject opened =
        PsObject.exchange(
                "System.Management.Automation.Runspaces.PSSession",
                "[PSSession]Session" + sessionCounter)
            .put("Id", sessionCounter)
            .put("Name", "Session" + sessionCounter)
            .put("ComputerName", uri.replaceAll("(?i)https?://([^/]+)/.*", "$1"))
            .put("ConfigurationName", "Microsoft.Exchange")
            .put("State", "Opened")
            .put("Availability", "Available");
    return List.of(opened);
  }

  /**
   * AdminDisplayVersion as Exchange prints it (a string through implicit remoting), with the build
   * of a released cumulative update of each version.
   */
  static String adminDisplayVersion(ExchangeVersion version) {
    return switch (version) {
      case EXCHANGE_2010 -> "Version 14.3 (Build 123.4)";
      case EXCHANGE_2013 -> "Version 15.0 (Build 1497.2)";
      case EXCHANGE_2016 -> "Version 15.1 (Build 2507.6)";
      case EXCHANGE_2019 -> "Version 15.2 (Build 1544.4)";
      case EXCHANGE_SE -> "Version 15.2 (Build 2562.17)";
      case ONLINE -> throw new IllegalArgumentException("Exchange Online has no Exchange server");
    };
  }

  /** The organisation's one Exchange server; {@code -Identity} is its name or FQDN. */
  private List<Object> getExchangeServer(Invocation inv) {
    String fqdn = org.state().exchangeServer;
    String name = fqdn.contains(".") ? fqdn.substring(0, fqdn.indexOf('.')) : fqdn;
    String id = inv.string("Identity");
    if (id != null && !id.equalsIgnoreCase(name) && !id.equalsIgnoreCase(fqdn)) {
      throw errors().notFound(ExchangeCmdlets.GET_EXCHANGE_SERVER, id);
    }
    return List.of(
        PsObject.exchange("Microsoft.Exchange.Data.Directory.Management.ExchangeServer", name)
            .put("Name", name.toUpperCase(Locale.ROOT))
            .put("Fqdn", fqdn)
            .put(
                "ServerRole",
                version == ExchangeVersion.EXCHANGE_2010
                    ? "Mailbox, ClientAccess, HubTransport"
                    : "Mailbox")
            .put("Edition", "Standard")
            .put("AdminDisplayVersion", adminDisplayVersion(version)));
  }

  private List<Object> importPsSession(Invocation inv) {
    Object s = inv.get("Session");
    if (!(s instanceof PsObject p)
        || !"System.Management.Automation.Runspaces.PSSession".equals(p.typeName())) {
      throw ExchangeErrors.sessionArgumentNull();
    }
    session.connected(true);
    return List.of(
        PsObject.exchange("System.Management.Automation.PSModuleInfo", "tmp_exchange.psm1")
            .put("ModuleType", "Script")
            .put("Version", "1.0")
            .put("Name", "tmp_exchange")
            .put(
                "ExportedCommands",
                "{" + String.join(", ", new TreeSet<>(ExchangeCmdlets.IMPLEMENTED)) + "}"));
  }

  /** The modules a connector host has: the AD module on-premises, EXO V3 online. */
  private List<Object> importModule(Invocation inv) {
    for (String name : arguments.stringList(inv.get("Name"))) {
      boolean known =
          version.isOnline()
              ? name.equalsIgnoreCase("ExchangeOnlineManagement")
              : name.equalsIgnoreCase("ActiveDirectory");
      if (!known) {
        throw ExchangeErrors.moduleNotFound(name);
      }
    }
    return List.of();
  }

  private List<Object> connectExchangeOnline(Invocation inv) {
    String organisation = inv.string("Organization");
    String expected = org.state().tenant + ".onmicrosoft.com";
    if (inv.has("AppId") && (organisation == null || !organisation.equalsIgnoreCase(expected))) {
      throw ExchangeErrors.tenantNotFound(organisation);
    }
    if (inv.get("Credential") instanceof PsObject cred
        && !String.valueOf(cred.get("UserName")).contains("@")) {
      throw ExchangeErrors.signInNameInvalid();
    }
    session.connected(true);
    if (!inv.has("ShowBanner") || inv.flag("ShowBanner")) {
      inv.warn(ExchangeErrors.EXO_BANNER);
    }
    return List.of();
  }
}
