package io.exchangekit.emulator.exchange.org;

import io.exchangekit.catalog.CmdletCatalog;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.org.Model.Group;
import io.exchangekit.emulator.exchange.org.Model.Mailbox;
import io.exchangekit.emulator.exchange.org.Model.State;
import io.exchangekit.emulator.exchange.org.Model.User;
import io.exchangekit.emulator.exchange.ps.CmdletHost;
import io.exchangekit.emulator.exchange.ps.CommandMetadata;
import io.exchangekit.emulator.exchange.ps.CommandMetadata.Param;
import io.exchangekit.emulator.exchange.ps.PsError;
import io.exchangekit.emulator.exchange.ps.PsObject;
import io.exchangekit.emulator.exchange.ps.PsSecureString;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The cmdlets of one emulated session over an {@link Organisation}: the Exchange cmdlets (checked
 * against Microsoft's catalog for the session's version, available once the session is connected),
 * the session set-up commands (a credential given to New-PSSession or Connect-ExchangeOnline must
 * be a PSCredential) and, on-premises, Get-ExchangeServer (the server and its AdminDisplayVersion,
 * once connected) and the AD module's account cmdlets.
 */
public final class ExchangeCmdlets implements CmdletHost {

  /** Cmdlets that ask for confirmation unless {@code -Confirm:$false}. */
  public static final Set<String> DESTRUCTIVE =
      Set.of(
          "Remove-Mailbox",
          "Disable-Mailbox",
          "Remove-DistributionGroup",
          "Remove-DistributionGroupMember",
          "Update-DistributionGroupMember",
          "Disconnect-ExchangeOnline");

  /** The catalog cmdlets this emulator implements. */
  public static final Set<String> IMPLEMENTED =
      Set.of(
          "Enable-Mailbox",
          "New-Mailbox",
          "Set-Mailbox",
          "Get-Mailbox",
          "Disable-Mailbox",
          "Remove-Mailbox",
          "Set-User",
          "Get-User",
          "Set-CASMailbox",
          "Get-CASMailbox",
          "Get-Recipient",
          "New-DistributionGroup",
          "Set-DistributionGroup",
          "Get-DistributionGroup",
          "Remove-DistributionGroup",
          "Add-DistributionGroupMember",
          "Remove-DistributionGroupMember",
          "Get-DistributionGroupMember",
          "Update-DistributionGroupMember",
          "Get-MailUser",
          "Get-RemoteMailbox",
          "Get-MailContact",
          "Get-Contact",
          "Get-DynamicDistributionGroup",
          "Get-EXOMailbox",
          "Get-EXORecipient",
          "Get-EXOCASMailbox");

  private static final int DEFAULT_RESULT_SIZE = 1000;

  /** The session set-up reads the server's version with it (on-premises only). */
  public static final String GET_EXCHANGE_SERVER = "Get-ExchangeServer";

  private final Organisation org;
  private final ExchangeVersion version;
  private final CmdletCatalog catalog = CmdletCatalog.load();
  private final Map<String, CommandMetadata> metadata =
      new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private boolean connected;
  private int sessionCounter;

  public ExchangeCmdlets(Organisation org, ExchangeVersion version, boolean connected) {
    this.org = Objects.requireNonNull(org, "'org' must not be null");
    this.version = Objects.requireNonNull(version, "'version' must not be null");
    this.connected = connected;
    for (String c : catalog.cmdletNames()) {
      if (!c.equals("Connect-ExchangeOnline")) {
        boolean destructive =
            DESTRUCTIVE.contains(c) || c.startsWith("Remove-") || c.startsWith("Disable-");
        metadata.put(c, CommandMetadata.fromCatalog(c, version, destructive));
      }
    }
    metadata.put(
        "Import-Module",
        CommandMetadata.simple(
            "Import-Module",
            false,
            Param.of("Name", "String[]").at(0).required(),
            Param.of("Force", "SwitchParameter"),
            Param.of("DisableNameChecking", "SwitchParameter"),
            Param.of("Prefix", "String")));
    if (version.isOnline()) {
      metadata.put(
          "Connect-ExchangeOnline",
          CommandMetadata.fromCatalog("Connect-ExchangeOnline", version, false));
      metadata.put(
          "Disconnect-ExchangeOnline",
          CommandMetadata.simple(
              "Disconnect-ExchangeOnline",
              true,
              Param.of("Confirm", "SwitchParameter").alias("cf"),
              Param.of("ConnectionId", "String[]"),
              Param.of("ModulePrefix", "String[]"),
              Param.of("WhatIf", "SwitchParameter").alias("wi")));
    } else {
      metadata.put(
          "New-PSSession",
          CommandMetadata.simple(
              "New-PSSession",
              false,
              Param.of("ConfigurationName", "String"),
              Param.of("ConnectionUri", "Uri[]").alias("URI", "CU"),
              Param.of("Authentication", "AuthenticationMechanism"),
              Param.of("Credential", "PSCredential"),
              Param.of("AllowRedirection", "SwitchParameter"),
              Param.of("SessionOption", "PSSessionOption"),
              Param.of("Name", "String[]")));
      metadata.put(
          "Import-PSSession",
          CommandMetadata.simple(
              "Import-PSSession",
              false,
              Param.of("Session", "PSSession").at(0).required(),
              Param.of("CommandName", "String[]").at(1).alias("Name"),
              Param.of("DisableNameChecking", "SwitchParameter"),
              Param.of("AllowClobber", "SwitchParameter"),
              Param.of("Prefix", "String")));
      metadata.put(
          "Remove-PSSession",
          CommandMetadata.simple(
              "Remove-PSSession",
              false,
              Param.of("Session", "PSSession[]").at(0).required(),
              Param.of("Confirm", "SwitchParameter").alias("cf"),
              Param.of("WhatIf", "SwitchParameter").alias("wi")));
      // the catalog lists it (second edition), but the emulator models only what the session
      // set-up sends, so it stays hand-described with those common parameters
      metadata.put(
          GET_EXCHANGE_SERVER,
          CommandMetadata.restricted(
              GET_EXCHANGE_SERVER,
              Set.of("ErrorAction", "WarningAction", "ErrorVariable"),
              Param.of("Identity", "ServerIdParameter").at(0)));
      for (String ad : List.of("Disable-ADAccount", "Enable-ADAccount")) {
        metadata.put(
            ad,
            CommandMetadata.simple(
                ad,
                false,
                Param.of("Identity", "ADAccount").at(0).required(),
                Param.of("Server", "String"),
                Param.of("Credential", "PSCredential"),
                Param.of("PassThru", "SwitchParameter"),
                Param.of("Confirm", "SwitchParameter").alias("cf"),
                Param.of("WhatIf", "SwitchParameter").alias("wi")));
      }
    }
  }

  public boolean connected() {
    return connected;
  }

  public ExchangeVersion version() {
    return version;
  }

  @Override
  public Optional<CommandMetadata> command(String name) {
    CommandMetadata m = metadata.get(name);
    if (m == null) {
      return Optional.empty();
    }
    if (m.name().equals(GET_EXCHANGE_SERVER)) {
      // on-premises only, as the catalog says
      return connected && version.isOnPremises() ? Optional.of(m) : Optional.empty();
    }
    boolean exchange = catalog.hasCmdlet(m.name()) && !m.name().equals("Connect-ExchangeOnline");
    if (exchange && (!connected || !catalog.isCmdletApplicable(m.name(), version.productName()))) {
      return Optional.empty();
    }
    return Optional.of(m);
  }

  @Override
  public List<Object> invoke(Invocation inv) {
    return org.locked(() -> dispatch(inv));
  }

  private ExchangeErrors errors() {
    State s = org.state();
    return new ExchangeErrors(version, s.exchangeServer, s.domainController);
  }

  private List<Object> dispatch(Invocation inv) {
    switch (inv.command()) {
      case "New-PSSession":
        return newPsSession(inv);
      case "Import-PSSession":
        return importPsSession(inv);
      case "Remove-PSSession":
        connected = false;
        return List.of();
      case "Import-Module":
        return importModule(inv);
      case "Connect-ExchangeOnline":
        return connectExchangeOnline(inv);
      case "Disconnect-ExchangeOnline":
        connected = false;
        return List.of();
      case GET_EXCHANGE_SERVER:
        return getExchangeServer(inv);
      case "Disable-ADAccount":
      case "Enable-ADAccount":
        return adAccount(inv, inv.command().startsWith("Enable"));
      case "Enable-Mailbox":
        return enableMailbox(inv);
      case "New-Mailbox":
        return newMailbox(inv);
      case "Set-Mailbox":
        return setMailbox(inv);
      case "Get-Mailbox", "Get-EXOMailbox":
        return getRecipients(inv, this::mailboxObject, u -> true, false);
      case "Get-MailUser", "Get-RemoteMailbox", "Get-MailContact", "Get-Contact":
      case "Get-DynamicDistributionGroup":
        return noneOfTheseObjects(inv);
      case "Disable-Mailbox":
        return disableMailbox(inv);
      case "Remove-Mailbox":
        return removeMailbox(inv);
      case "Set-User":
        return setUser(inv);
      case "Get-User":
        return getUsers(inv);
      case "Set-CASMailbox":
        return setCasMailbox(inv);
      case "Get-CASMailbox", "Get-EXOCASMailbox":
        return getRecipients(inv, this::casObject, u -> true, false);
      case "Get-Recipient", "Get-EXORecipient":
        return getRecipients(inv, this::mailboxObject, u -> true, true);
      case "New-DistributionGroup":
        return newGroup(inv);
      case "Set-DistributionGroup":
        return setGroup(inv);
      case "Get-DistributionGroup":
        return getGroups(inv);
      case "Remove-DistributionGroup":
        {
          Group g = group(inv, "Identity");
          org.state().groups.remove(g);
          org.changed();
          return List.of();
        }
      case "Add-DistributionGroupMember":
        return addMember(inv);
      case "Remove-DistributionGroupMember":
        return removeMember(inv);
      case "Get-DistributionGroupMember":
        return getMembers(inv);
      case "Update-DistributionGroupMember":
        return updateMembers(inv);
      default:
        // a real Exchange cmdlet (its parameters were checked) that this emulator does not model
        throw new CmdletException(
            new PsError(
                inv.command()
                    + " is not emulated: the Exchange emulator models only "
                    + String.join(", ", new TreeSet<>(IMPLEMENTED))
                    + ".",
                "NotImplemented",
                inv.command(),
                "NotSupportedException",
                "",
                "NotEmulated," + inv.command()),
            true);
    }
  }

  // ---------------------------------------------------------------- sessions

  private List<Object> newPsSession(Invocation inv) {
    String configuration = inv.string("ConfigurationName");
    String uri = inv.string("ConnectionUri");
    if (uri == null || !uri.matches("(?i)https?://[^/]+/PowerShell/?")) {
      throw new CmdletException(
          new PsError(
              "Connecting to remote server failed with the following error message : The WinRM"
                  + " client cannot process the request because the server name cannot be resolved."
                  + " For more information, see the about_Remote_Troubleshooting Help topic.",
              "OpenError",
              "New-PSSession",
              "PSRemotingTransportException",
              "System.Management.Automation.RemoteRunspace",
              "-2144108103,PSSessionOpenFailed"));
    }
    if (inv.get("Credential") instanceof PsObject cred) {
      String user = String.valueOf(cred.get("UserName"));
      if (!user.contains("\\") && !user.contains("@")) {
        // the seed: the service account must include the domain (DOMAIN\\user)
        String host = uri.replaceAll("(?i)https?://([^/]+)/.*", "$1");
        throw new CmdletException(
            new PsError(
                "["
                    + host
                    + "] Connecting to remote server "
                    + host
                    + " failed with the following error message : Access is denied. For more"
                    + " information, see the about_Remote_Troubleshooting Help topic.",
                "OpenError",
                "New-PSSession",
                "PSRemotingTransportException",
                "System.Management.Automation.RemoteRunspace",
                "AccessDenied,PSSessionOpenFailed"));
      }
    }
    if (!"Microsoft.Exchange".equalsIgnoreCase(configuration)) {
      String host = uri.replaceAll("(?i)https?://([^/]+)/.*", "$1");
      throw new CmdletException(
          new PsError(
              "["
                  + host
                  + "] Connecting to remote server "
                  + host
                  + " failed with the following error message : The WS-Management service cannot"
                  + " process the request. Cannot find the "
                  + configuration
                  + " session configuration in the WSMan: drive on the "
                  + host
                  + " computer. For more information, see the about_Remote_Troubleshooting Help"
                  + " topic.",
              "OpenError",
              "New-PSSession",
              "PSRemotingTransportException",
              "System.Management.Automation.RemoteRunspace",
              "InvalidResourceUri,PSSessionOpenFailed"));
    }
    sessionCounter++;
    PsObject session =
        PsObject.exchange(
                "System.Management.Automation.Runspaces.PSSession",
                "[PSSession]Session" + sessionCounter)
            .put("Id", sessionCounter)
            .put("Name", "Session" + sessionCounter)
            .put("ComputerName", uri.replaceAll("(?i)https?://([^/]+)/.*", "$1"))
            .put("ConfigurationName", "Microsoft.Exchange")
            .put("State", "Opened")
            .put("Availability", "Available");
    return List.of(session);
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
      throw errors().notFound(GET_EXCHANGE_SERVER, id);
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
      throw new CmdletException(
          new PsError(
              "Cannot validate argument on parameter 'Session'. The argument is null. Provide a"
                  + " valid value for the argument, and then try running the command again.",
              "InvalidData",
              "Import-PSSession",
              "ParameterBindingValidationException",
              "",
              "ParameterArgumentValidationError,Microsoft.PowerShell.Commands.ImportPSSessionCommand"),
          true);
    }
    connected = true;
    return List.of(
        PsObject.exchange("System.Management.Automation.PSModuleInfo", "tmp_exchange.psm1")
            .put("ModuleType", "Script")
            .put("Version", "1.0")
            .put("Name", "tmp_exchange")
            .put("ExportedCommands", "{" + String.join(", ", new TreeSet<>(IMPLEMENTED)) + "}"));
  }

  /** The modules a connector host has: the AD module on-premises, EXO V3 online. */
  private List<Object> importModule(Invocation inv) {
    for (String name : stringList(inv.get("Name"))) {
      boolean known =
          version.isOnline()
              ? name.equalsIgnoreCase("ExchangeOnlineManagement")
              : name.equalsIgnoreCase("ActiveDirectory");
      if (!known) {
        throw new CmdletException(
            new PsError(
                "The specified module '"
                    + name
                    + "' was not loaded because no valid module file was found in any module"
                    + " directory.",
                "ResourceUnavailable",
                "Import-Module",
                "FileNotFoundException",
                name,
                "Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand"));
      }
    }
    return List.of();
  }

  private List<Object> connectExchangeOnline(Invocation inv) {
    String organisation = inv.string("Organization");
    String expected = org.state().tenant + ".onmicrosoft.com";
    if (inv.has("AppId") && (organisation == null || !organisation.equalsIgnoreCase(expected))) {
      // assumption: MSAL's text for an unknown tenant; the reference has none
      throw new CmdletException(
          new PsError(
              "AADSTS90002: Tenant '"
                  + organisation
                  + "' not found. Check to make sure you have the correct tenant ID and are signing"
                  + " into the correct cloud.",
              "AuthenticationError",
              "Connect-ExchangeOnline",
              "MsalServiceException",
              "",
              "Microsoft.Identity.Client.MsalServiceException"),
          true);
    }
    if (inv.get("Credential") instanceof PsObject cred
        && !String.valueOf(cred.get("UserName")).contains("@")) {
      // assumption: Entra ID's text for a sign-in name that is no user principal name
      throw new CmdletException(
          new PsError(
              "AADSTS50126: Error validating credentials due to invalid username or password.",
              "AuthenticationError",
              "Connect-ExchangeOnline",
              "MsalUiRequiredException",
              "",
              "Microsoft.Identity.Client.MsalUiRequiredException"),
          true);
    }
    connected = true;
    if (!inv.has("ShowBanner") || inv.flag("ShowBanner")) {
      inv.warn(
          "This V3 EXO PowerShell module contains new REST API backed Exchange Online cmdlets"
              + " which doesn't require WinRM for Client-Server communication. Use"
              + " -ShowBanner:$false to hide this message.");
    }
    return List.of();
  }

  private List<Object> adAccount(Invocation inv, boolean enable) {
    String id = inv.string("Identity");
    State s = org.state();
    String base = "DC=" + String.join(",DC=", s.acceptedDomains.get(0).split("\\."));
    User found = null;
    for (User u : s.users) {
      // Get-ADUser identities: DN, GUID, SID or SamAccountName (a UPN is not one)
      if (!u.cloud
          && (id.equalsIgnoreCase(u.samAccountName)
              || id.equalsIgnoreCase(u.guid)
              || id.equalsIgnoreCase(dn(u.name, u.organizationalUnit)))) {
        found = u;
      }
    }
    if (found == null) {
      String cmdClass = inv.command().replace("-", "");
      throw new CmdletException(
          new PsError(
              "Cannot find an object with identity: '" + id + "' under: '" + base + "'.",
              "ObjectNotFound",
              inv.command(),
              "ADIdentityNotFoundException",
              id,
              "ActiveDirectoryCmdlet:Microsoft.ActiveDirectory.Management.ADIdentityNotFoundException,Microsoft.ActiveDirectory.Management.Commands."
                  + cmdClass));
    }
    found.enabled = enable;
    org.changed();
    return List.of();
  }

  // ---------------------------------------------------------------- identities

  private List<User> visibleUsers() {
    List<User> out = new ArrayList<>();
    for (User u : org.state().users) {
      if (u.cloud == version.isOnline()) {
        out.add(u);
      }
    }
    return out;
  }

  private String dn(String name, String ou) {
    List<String> parts = new ArrayList<>();
    parts.add("CN=" + name);
    String[] segs = (ou == null ? org.state().acceptedDomains.get(0) + "/Users" : ou).split("/");
    for (int i = segs.length - 1; i >= 1; i--) {
      parts.add("OU=" + segs[i]);
    }
    for (String dc : segs[0].split("\\.")) {
      parts.add("DC=" + dc);
    }
    return String.join(",", parts);
  }

  private String netbios() {
    return org.state().acceptedDomains.get(0).split("\\.")[0].toUpperCase(Locale.ROOT);
  }

  private boolean userMatches(User u, String id) {
    if (id.equalsIgnoreCase(u.name)
        || id.equalsIgnoreCase(u.userPrincipalName)
        || id.equalsIgnoreCase(u.samAccountName)
        || id.equalsIgnoreCase(u.guid)
        || id.equalsIgnoreCase(dn(u.name, u.organizationalUnit))
        || id.equalsIgnoreCase(
            (u.organizationalUnit == null ? "" : u.organizationalUnit) + "/" + u.name)
        || (u.samAccountName != null && id.equalsIgnoreCase(netbios() + "\\" + u.samAccountName))) {
      return true;
    }
    if (u.mailbox != null) {
      if (id.equalsIgnoreCase(u.mailbox.alias)) {
        return true;
      }
      for (String a : u.mailbox.emailAddresses) {
        if (id.equalsIgnoreCase(stripPrefix(a)) || id.equalsIgnoreCase(a)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean groupMatches(Group g, String id) {
    if (id.equalsIgnoreCase(g.name)
        || id.equalsIgnoreCase(g.alias)
        || id.equalsIgnoreCase(g.guid)
        || id.equalsIgnoreCase(g.samAccountName)
        || id.equalsIgnoreCase(dn(g.name, g.organizationalUnit))
        || id.equalsIgnoreCase(
            (g.organizationalUnit == null ? "" : g.organizationalUnit) + "/" + g.name)
        || (g.samAccountName != null && id.equalsIgnoreCase(netbios() + "\\" + g.samAccountName))) {
      return true;
    }
    for (String a : g.emailAddresses) {
      if (id.equalsIgnoreCase(stripPrefix(a)) || id.equalsIgnoreCase(a)) {
        return true;
      }
    }
    return false;
  }

  private static String stripPrefix(String proxy) {
    int i = proxy.indexOf(':');
    return i < 0 ? proxy : proxy.substring(i + 1);
  }

  private String identityOf(Invocation inv, String param) {
    Object v = inv.get(param);
    if (v instanceof PsObject p) {
      Object id = p.has("Identity") ? p.get("Identity") : p.get("Name");
      return id == null ? p.toString() : id.toString();
    }
    return v == null ? null : inv.string(param);
  }

  /** A user that must have a mailbox. */
  private User mailboxUser(Invocation inv, String param) {
    String id = identityOf(inv, param);
    List<User> found = new ArrayList<>();
    for (User u : visibleUsers()) {
      if (u.mailbox != null && userMatches(u, id)) {
        found.add(u);
      }
    }
    return single(inv.command(), id, found);
  }

  private User anyUser(Invocation inv, String param) {
    String id = identityOf(inv, param);
    List<User> found = new ArrayList<>();
    for (User u : visibleUsers()) {
      if (userMatches(u, id)) {
        found.add(u);
      }
    }
    return single(inv.command(), id, found);
  }

  private <T> T single(String cmdlet, String id, List<T> found) {
    if (found.isEmpty()) {
      throw errors().notFound(cmdlet, id);
    }
    if (found.size() > 1) {
      throw errors().ambiguous(cmdlet, id);
    }
    return found.get(0);
  }

  /** A group Exchange can see; an AD-only group is "not found", as in the seed. */
  private Group group(Invocation inv, String param) {
    String id = identityOf(inv, param);
    List<Group> found = new ArrayList<>();
    for (Group g : org.state().groups) {
      if (g.exchangeVisible && groupMatches(g, id)) {
        found.add(g);
      }
    }
    return single(inv.command(), id, found);
  }

  /** A recipient (mailbox user or group) by identity, returned as its guid. */
  private String recipientGuid(String cmdlet, String id) {
    List<String> found = new ArrayList<>();
    for (User u : visibleUsers()) {
      if (u.mailbox != null && userMatches(u, id)) {
        found.add(u.guid);
      }
    }
    for (Group g : org.state().groups) {
      if (g.exchangeVisible && groupMatches(g, id)) {
        found.add(g.guid);
      }
    }
    return single(cmdlet, id, found);
  }

  private String displayOf(String guid) {
    for (User u : org.state().users) {
      if (u.guid.equals(guid)) {
        return u.name;
      }
    }
    for (Group g : org.state().groups) {
      if (g.guid.equals(guid)) {
        return g.name;
      }
    }
    return guid;
  }

  // ---------------------------------------------------------------- validation

  private String smtp(Invocation inv, String param, String value) {
    if (value == null) {
      return null;
    }
    String v = stripPrefix(value);
    if (!v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new CmdletException(
          PsError.binding(
              "Cannot bind parameter '"
                  + param
                  + "'. Cannot convert value \""
                  + value
                  + "\" to type \"Microsoft.Exchange.Data.SmtpAddress\". Error: \"\""
                  + value
                  + "\" isn't a valid SMTP address. The domain name can't contain spaces and it"
                  + " has to have a prefix and a suffix, such as example.com.\"",
              "CannotConvertArgumentNoMessage",
              inv.command()),
          true);
    }
    String domain = v.substring(v.indexOf('@') + 1);
    boolean accepted =
        org.state().acceptedDomains.stream().anyMatch(d -> d.equalsIgnoreCase(domain));
    if (!accepted) {
      // assumption: the reference does not give this text
      throw errors()
          .task(
              inv.command(),
              "The email address \""
                  + v
                  + "\" isn't correct. The domain \""
                  + domain
                  + "\" isn't an accepted domain for your organization.");
    }
    return v;
  }

  private void checkProxyFree(String cmdlet, String address, String ownerGuid) {
    for (User u : org.state().users) {
      if (u.mailbox != null && !u.guid.equals(ownerGuid)) {
        for (String a : u.mailbox.emailAddresses) {
          if (stripPrefix(a).equalsIgnoreCase(address)) {
            throw errors().proxyExists(cmdlet, "SMTP:" + address, u.name);
          }
        }
      }
    }
    for (Group g : org.state().groups) {
      if (!g.guid.equals(ownerGuid)) {
        for (String a : g.emailAddresses) {
          if (stripPrefix(a).equalsIgnoreCase(address)) {
            throw errors().proxyExists(cmdlet, "SMTP:" + address, g.name);
          }
        }
      }
    }
  }

  private void checkNameFree(String cmdlet, String name, String ou, String ownerGuid) {
    for (User u : org.state().users) {
      if (!u.guid.equals(ownerGuid) && name.equalsIgnoreCase(u.name)) {
        throw errors().alreadyExists(cmdlet, dn(name, ou));
      }
    }
    for (Group g : org.state().groups) {
      if (!g.guid.equals(ownerGuid) && name.equalsIgnoreCase(g.name)) {
        throw errors().alreadyExists(cmdlet, dn(name, ou));
      }
    }
  }

  private void checkUpnFree(String cmdlet, String upn, String ownerGuid) {
    for (User u : org.state().users) {
      if (!u.guid.equals(ownerGuid) && upn.equalsIgnoreCase(u.userPrincipalName)) {
        // assumption: text not in the reference
        throw errors()
            .error(
                cmdlet,
                "ADObjectAlreadyExistsException",
                "The user principal name "
                    + upn
                    + " is already used by \""
                    + u.name
                    + "\". Please choose another user principal name.",
                "NotSpecified",
                "");
      }
    }
  }

  private void checkSamFree(String cmdlet, String sam, String ownerGuid) {
    if (sam.length() > 20 || !sam.matches("[^\"/\\\\\\[\\]:;|=,+*?<>@]+") || sam.endsWith(".")) {
      throw errors()
          .invalid(
              cmdlet,
              "The SamAccountName \""
                  + sam
                  + "\" isn't valid. It can contain at most 20"
                  + " characters and none of \" / \\ [ ] : ; | = , + * ? < > @.");
    }
    for (User u : org.state().users) {
      if (!u.guid.equals(ownerGuid) && sam.equalsIgnoreCase(u.samAccountName)) {
        throw errors()
            .error(
                cmdlet,
                "ADObjectAlreadyExistsException",
                "The SamAccountName \""
                    + sam
                    + "\" is already used by \""
                    + u.name
                    + "\". Please choose another SamAccountName.",
                "NotSpecified",
                "");
      }
    }
    for (Group g : org.state().groups) {
      if (!g.guid.equals(ownerGuid) && sam.equalsIgnoreCase(g.samAccountName)) {
        throw errors()
            .error(
                cmdlet,
                "ADObjectAlreadyExistsException",
                "The SamAccountName \""
                    + sam
                    + "\" is already used by \""
                    + g.name
                    + "\". Please choose another SamAccountName.",
                "NotSpecified",
                "");
      }
    }
  }

  private void checkAliasFree(String cmdlet, String alias, String ownerGuid) {
    if (alias.length() > 64
        || !alias.matches("[A-Za-z0-9!#%*+\\-/=?^_~.\\u00A1-\\u00FF]+")
        || alias.startsWith(".")
        || alias.endsWith(".")
        || alias.contains("..")) {
      throw errors()
          .invalid(
              cmdlet,
              "The alias \""
                  + alias
                  + "\" isn't valid. Valid values are: Strings formed with"
                  + " characters from A to Z (uppercase or lowercase), digits from 0 to 9, !, #,"
                  + " $, %, &, ', *, +, -, /, =, ?, ^, _, `, {, |, } or ~. One or more periods may"
                  + " be embedded in an alias, but each period should be preceded and followed by"
                  + " at least one of the other characters. Unicode characters from U+00A1 to"
                  + " U+00FF are also valid in an alias, but they will be mapped to a best-fit"
                  + " US-ASCII string in the email address, which is generated from such an alias.");
    }
    for (User u : org.state().users) {
      if (u.mailbox != null
          && !u.guid.equals(ownerGuid)
          && alias.equalsIgnoreCase(u.mailbox.alias)) {
        // assumption: the reference lists the duplicate-alias text as unknown
        throw errors()
            .error(
                cmdlet,
                "ADObjectAlreadyExistsException",
                "The alias \""
                    + alias
                    + "\" is already being used by \""
                    + u.name
                    + "\". Please choose another alias.",
                "NotSpecified",
                "");
      }
    }
    for (Group g : org.state().groups) {
      if (!g.guid.equals(ownerGuid) && alias.equalsIgnoreCase(g.alias)) {
        throw errors()
            .error(
                cmdlet,
                "ADObjectAlreadyExistsException",
                "The alias \""
                    + alias
                    + "\" is already being used by \""
                    + g.name
                    + "\". Please choose another alias.",
                "NotSpecified",
                "");
      }
    }
  }

  private String database(Invocation inv, String param, List<String> known) {
    String db = inv.string(param);
    if (db == null) {
      return null;
    }
    for (String k : known) {
      if (k.equalsIgnoreCase(db)) {
        return k;
      }
    }
    throw errors().databaseNotFound(inv.command(), db);
  }

  private String policy(Invocation inv, String param, List<String> known) {
    if (!inv.has(param)) {
      return null;
    }
    Object v = inv.get(param);
    if (v == null) {
      return null;
    }
    String name = inv.string(param);
    for (String k : known) {
      if (k.equalsIgnoreCase(name)) {
        return k;
      }
    }
    throw errors().objectNotFound(inv.command(), name);
  }

  private String organisationalUnit(Invocation inv) {
    String ou = inv.string("OrganizationalUnit");
    if (ou == null) {
      return org.state().organizationalUnits.isEmpty()
          ? org.state().acceptedDomains.get(0) + "/Users"
          : org.state().organizationalUnits.get(0);
    }
    for (String k : org.state().organizationalUnits) {
      if (k.equalsIgnoreCase(ou) || dnOfOu(k).equalsIgnoreCase(ou)) {
        return k;
      }
    }
    // assumption: text modelled on Exchange's other "couldn't find" messages
    throw errors()
        .error(
            inv.command(),
            "ManagementObjectNotFoundException",
            "The organizational unit \""
                + ou
                + "\" was not found. Please make sure you have typed it correctly.",
            "NotSpecified",
            "");
  }

  private String dnOfOu(String canonical) {
    String d = dn("x", canonical);
    return d.substring(d.indexOf(',') + 1);
  }

  private String enumValue(Invocation inv, String param, String type, String... allowed) {
    if (!inv.has(param)) {
      return null;
    }
    String v = inv.string(param);
    for (String a : allowed) {
      if (a.equalsIgnoreCase(v)) {
        return a;
      }
    }
    throw new CmdletException(
        PsError.binding(
            "Cannot bind parameter '"
                + param
                + "'. Cannot convert value \""
                + v
                + "\" to type \""
                + type
                + "\". Error: \"Unable to match the identifier name "
                + v
                + " to a valid enumerator name. Specify one of the following enumerator names and"
                + " try again:\n"
                + String.join(", ", allowed)
                + "\"",
            "CannotConvertArgumentNoMessage",
            inv.command()),
        true);
  }

  private List<String> stringList(Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      for (Object o : list) {
        out.addAll(stringList(o));
      }
    } else if (v instanceof PsObject p && p.kind() != PsObject.Kind.HASHTABLE) {
      Object id = p.has("Identity") ? p.get("Identity") : p.get("Name");
      out.add(String.valueOf(id));
    } else if (v != null) {
      out.add(v instanceof Boolean b ? (b ? "True" : "False") : v.toString());
    }
    return out;
  }

  /** Applies a multi-valued argument: a list replaces, {@code @{Add=..;Remove=..}} edits. */
  private List<String> multiValued(
      List<String> current, Object arg, java.util.function.UnaryOperator<String> resolve) {
    List<String> result = new ArrayList<>(current);
    if (arg instanceof PsObject h && h.kind() == PsObject.Kind.HASHTABLE) {
      for (String key : h.properties().keySet()) {
        String k = key.toLowerCase(Locale.ROOT);
        if (!k.equals("add") && !k.equals("remove")) {
          throw new CmdletException(
              new PsError(
                  "The key \"" + key + "\" isn't valid. Valid keys are \"Add\" and \"Remove\".",
                  "InvalidArgument",
                  "",
                  "ArgumentException",
                  "",
                  "InvalidKey"),
              true);
        }
      }
      for (String a : stringList(h.get("Add"))) {
        String r = resolve.apply(a);
        if (result.stream().noneMatch(x -> x.equalsIgnoreCase(r))) {
          result.add(r);
        }
      }
      for (String a : stringList(h.get("Remove"))) {
        String r = resolve.apply(a);
        result.removeIf(x -> x.equalsIgnoreCase(r));
      }
      return result;
    }
    result.clear();
    for (String a : stringList(arg)) {
      result.add(resolve.apply(a));
    }
    return result;
  }

  // ---------------------------------------------------------------- mailboxes

  private Mailbox newMailboxRecord(Invocation inv, User u, String type) {
    State s = org.state();
    Mailbox m = new Mailbox();
    m.type = type;
    m.database =
        version.isOnline()
            ? null
            : inv.has("Database")
                ? database(inv, "Database", s.databases)
                : s.databases.isEmpty() ? null : s.databases.get(0);
    String alias = inv.string("Alias");
    if (alias == null) {
      alias =
          u.userPrincipalName != null && type.equals("User")
              ? u.userPrincipalName.substring(0, u.userPrincipalName.indexOf('@'))
              : u.name.replaceAll("[^A-Za-z0-9!#%*+\\-/=?^_~.]", "");
    }
    checkAliasFree(inv.command(), alias, u.guid);
    m.alias = alias;
    String primary = smtp(inv, "PrimarySmtpAddress", inv.string("PrimarySmtpAddress"));
    if (primary != null) {
      m.emailAddressPolicyEnabled = false;
    } else {
      primary = alias + "@" + s.acceptedDomains.get(0);
    }
    checkProxyFree(inv.command(), primary, u.guid);
    m.emailAddresses.add("SMTP:" + primary);
    m.retentionPolicy =
        orDefault(policy(inv, "RetentionPolicy", s.policies.retention), s.policies.retention);
    m.sharingPolicy =
        orDefault(policy(inv, "SharingPolicy", s.policies.sharing), s.policies.sharing);
    m.addressBookPolicy = policy(inv, "AddressBookPolicy", s.policies.addressBook);
    m.activeSyncMailboxPolicy =
        orDefault(
            policy(inv, "ActiveSyncMailboxPolicy", s.policies.activeSync), s.policies.activeSync);
    m.roleAssignmentPolicy =
        orDefault(
            policy(inv, "RoleAssignmentPolicy", s.policies.roleAssignment),
            s.policies.roleAssignment);
    m.throttlingPolicy = policy(inv, "ThrottlingPolicy", s.policies.throttling);
    m.managedFolderMailboxPolicy =
        policy(inv, "ManagedFolderMailboxPolicy", s.policies.managedFolder);
    if (inv.has("ArbitrationMailbox")) {
      m.arbitrationMailbox =
          displayOf(recipientGuid(inv.command(), identityOf(inv, "ArbitrationMailbox")));
    }
    if (inv.flag("Archive") || inv.has("ArchiveDatabase")) {
      m.archiveEnabled = true;
      m.archiveDatabase =
          inv.has("ArchiveDatabase")
              ? database(inv, "ArchiveDatabase", s.archiveDatabases)
              : s.archiveDatabases.isEmpty() ? m.database : s.archiveDatabases.get(0);
    }
    if (inv.has("ModeratedBy")) {
      m.moderatedBy =
          multiValued(List.of(), inv.get("ModeratedBy"), id -> recipientGuid(inv.command(), id));
      m.moderationEnabled = !m.moderatedBy.isEmpty();
    }
    String notifications =
        enumValue(
            inv,
            "SendModerationNotifications",
            "Microsoft.Exchange.Data.Directory.Recipient.TransportModerationNotificationFlags",
            "Never",
            "Internal",
            "Always");
    if (notifications != null) {
      m.sendModerationNotifications = notifications;
    }
    if (inv.has("ImmutableId")) {
      m.immutableId = inv.string("ImmutableId");
    }
    if (!type.equals("User")) {
      m.protocols.put("ActiveSyncEnabled", true);
    }
    return m;
  }

  private static String orDefault(String chosen, List<String> known) {
    return chosen != null ? chosen : known.isEmpty() ? null : known.get(0);
  }

  private static String typeOf(Invocation inv) {
    if (inv.flag("Room")) {
      return "Room";
    }
    if (inv.flag("Equipment")) {
      return "Equipment";
    }
    if (inv.flag("Shared")) {
      return "Shared";
    }
    return "User";
  }

  private List<Object> enableMailbox(Invocation inv) {
    User u = anyUser(inv, "Identity");
    if (inv.flag("Archive") && u.mailbox != null) {
      if (u.mailbox.archiveEnabled) {
        throw errors()
            .task(inv.command(), "The mailbox \"" + u.name + "\" already has an archive.");
      }
      u.mailbox.archiveEnabled = true;
      u.mailbox.archiveDatabase =
          inv.has("ArchiveDatabase")
              ? database(inv, "ArchiveDatabase", org.state().archiveDatabases)
              : org.state().archiveDatabases.isEmpty()
                  ? u.mailbox.database
                  : org.state().archiveDatabases.get(0);
      org.changed();
      return List.of(mailboxObject(u));
    }
    if (u.mailbox != null) {
      // assumption: text not in the reference
      throw errors().task(inv.command(), "The user \"" + u.name + "\" is already mailbox-enabled.");
    }
    if (version.isOnline()) {
      throw errors()
          .task(
              inv.command(),
              "The user \""
                  + u.name
                  + "\" doesn't have an Exchange Online license. To add a mailbox for an existing"
                  + " Microsoft Entra account, you need to add a license.");
    }
    if (!u.enabled && typeOf(inv).equals("User")) {
      // Exchange enables mailboxes for disabled accounts too; nothing to check
      u.enabled = false;
    }
    Mailbox m = newMailboxRecord(inv, u, typeOf(inv));
    if (inv.has("DisplayName")) {
      u.displayName = inv.string("DisplayName");
    }
    if (!m.type.equals("User")) {
      u.enabled = false;
    }
    u.mailbox = m;
    org.changed();
    return List.of(mailboxObject(u));
  }

  private List<Object> newMailbox(Invocation inv) {
    State s = org.state();
    String name = inv.string("Name");
    if (name.length() > 64) {
      throw errors()
          .invalid(
              inv.command(),
              "The length of the property is too long. The maximum length is 64 and the length of the value provided is "
                  + name.length()
                  + ".");
    }
    String ou = organisationalUnit(inv);
    User u = new User();
    u.guid = UUID.randomUUID().toString();
    checkNameFree(inv.command(), name, ou, u.guid);
    String type = typeOf(inv);
    String upn = inv.string(version.isOnline() ? "MicrosoftOnlineServicesID" : "UserPrincipalName");
    if (upn != null) {
      if (!upn.matches("[^@\\s]+@[^@\\s]+")) {
        throw errors().invalid(inv.command(), "The UserPrincipalName \"" + upn + "\" isn't valid.");
      }
      checkUpnFree(inv.command(), upn, u.guid);
    } else if (!type.equals("User")) {
      upn = null;
    }
    String sam = inv.string("SamAccountName");
    if (sam == null && !version.isOnline()) {
      sam = name.replaceAll("[^A-Za-z0-9._-]", "");
      if (sam.length() > 20) {
        sam = sam.substring(0, 20);
      }
    }
    if (sam != null) {
      checkSamFree(inv.command(), sam, u.guid);
    }
    if (inv.has("Initials") && inv.string("Initials").length() > 6) {
      throw errors()
          .invalid(
              inv.command(),
              "The length of the property is too long. The maximum length is 6 and the length of the value provided is "
                  + inv.string("Initials").length()
                  + ".");
    }
    u.name = name;
    u.displayName = inv.has("DisplayName") ? inv.string("DisplayName") : name;
    u.userPrincipalName = upn;
    u.samAccountName = sam;
    u.organizationalUnit = version.isOnline() ? null : ou;
    u.firstName = inv.string("FirstName");
    u.lastName = inv.string("LastName");
    u.initials = inv.string("Initials");
    u.cloud = version.isOnline();
    u.passwordSet = inv.get("Password") instanceof PsSecureString;
    u.resetPasswordOnNextLogon = inv.flag("ResetPasswordOnNextLogon");
    u.enabled = type.equals("User") && !inv.flag("AccountDisabled");
    if (u.userPrincipalName == null && version.isOnline()) {
      String alias =
          inv.has("Alias")
              ? inv.string("Alias")
              : name.replaceAll("[^A-Za-z0-9!#%*+\\-/=?^_~.]", "");
      u.userPrincipalName = alias + "@" + s.tenant + ".onmicrosoft.com";
    }
    u.mailbox = newMailboxRecord(inv, u, type);
    if (version.isOnline() && type.equals("User")) {
      u.exchangeLicence = true;
    }
    s.users.add(u);
    org.changed();
    return List.of(mailboxObject(u));
  }

  private List<Object> setMailbox(Invocation inv) {
    User u = mailboxUser(inv, "Identity");
    Mailbox m = u.mailbox;
    State s = org.state();
    String cmd = inv.command();
    if (inv.has("EmailAddresses") && inv.has("PrimarySmtpAddress")) {
      // documented: the two cannot be combined
      throw errors()
          .task(
              cmd, "The EmailAddresses and PrimarySmtpAddress parameters can't be used together.");
    }
    for (Map.Entry<String, Object> e : inv.parameters().entrySet()) {
      String p = e.getKey();
      switch (p) {
        case "Identity",
            "Confirm",
            "WhatIf",
            "Force",
            "DomainController",
            "IgnoreDefaultScope" -> {}
        case "Alias" -> {
          String alias = inv.string(p);
          checkAliasFree(cmd, alias, u.guid);
          m.alias = alias;
          if (m.emailAddressPolicyEnabled) {
            String primary = alias + "@" + s.acceptedDomains.get(0);
            checkProxyFree(cmd, primary, u.guid);
            setPrimary(m, primary);
          }
        }
        case "DisplayName" -> u.displayName = inv.string(p);
        case "Name" -> {
          checkNameFree(cmd, inv.string(p), u.organizationalUnit, u.guid);
          u.name = inv.string(p);
        }
        case "PrimarySmtpAddress", "WindowsEmailAddress" -> {
          if (m.emailAddressPolicyEnabled
              && p.equals("PrimarySmtpAddress")
              && !inv.has("EmailAddressPolicyEnabled")) {
            // documented: a change needs EmailAddressPolicyEnabled $false
            throw errors()
                .task(
                    cmd,
                    "The primary SMTP address can't be changed because the EmailAddressPolicyEnabled property is set to true. To change it, set EmailAddressPolicyEnabled to false.");
          }
          String addr = smtp(inv, p, inv.string(p));
          checkProxyFree(cmd, addr, u.guid);
          setPrimary(m, addr);
        }
        case "EmailAddressPolicyEnabled" -> m.emailAddressPolicyEnabled = inv.flag(p);
        case "EmailAddresses" -> {
          List<String> next =
              multiValued(
                  m.emailAddresses,
                  e.getValue(),
                  a -> {
                    String prefix = a.contains(":") ? a.substring(0, a.indexOf(':')) : "smtp";
                    String addr = smtp(inv, p, a);
                    checkProxyFree(cmd, addr, u.guid);
                    return prefix + ":" + addr;
                  });
          long primaries = next.stream().filter(a -> a.startsWith("SMTP:")).count();
          if (primaries == 0 && !next.isEmpty()) {
            next.set(0, "SMTP:" + stripPrefix(next.get(0)));
            primaries = 1;
          }
          if (primaries != 1) {
            throw errors()
                .task(
                    cmd,
                    "The EmailAddresses property must contain exactly one primary SMTP address.");
          }
          m.emailAddresses = next;
        }
        case "HiddenFromAddressListsEnabled" -> m.hiddenFromAddressListsEnabled = inv.flag(p);
        case "Type" -> {
          String t =
              version.isOnline()
                  ? enumValue(
                      inv,
                      p,
                      "Microsoft.Exchange.Management.RecipientTasks.ConvertibleMailboxSubType",
                      "Regular",
                      "Room",
                      "Equipment",
                      "Shared",
                      "Workspace",
                      "Desk")
                  : enumValue(
                      inv,
                      p,
                      "Microsoft.Exchange.Management.RecipientTasks.ConvertibleMailboxSubType",
                      "Regular",
                      "Room",
                      "Equipment",
                      "Shared");
          m.type = t.equals("Regular") ? "User" : t;
        }
        case "Database" -> m.database = database(inv, p, s.databases);
        case "ArchiveDatabase" -> m.archiveDatabase = database(inv, p, s.archiveDatabases);
        case "RetentionPolicy" -> m.retentionPolicy = policy(inv, p, s.policies.retention);
        case "SharingPolicy" -> m.sharingPolicy = policy(inv, p, s.policies.sharing);
        case "AddressBookPolicy" -> m.addressBookPolicy = policy(inv, p, s.policies.addressBook);
        case "RoleAssignmentPolicy" ->
            m.roleAssignmentPolicy = policy(inv, p, s.policies.roleAssignment);
        case "ThrottlingPolicy" -> m.throttlingPolicy = policy(inv, p, s.policies.throttling);
        case "ManagedFolderMailboxPolicy" ->
            m.managedFolderMailboxPolicy = policy(inv, p, s.policies.managedFolder);
        case "ModeratedBy" ->
            m.moderatedBy = multiValued(m.moderatedBy, e.getValue(), id -> recipientGuid(cmd, id));
        case "ModerationEnabled" -> m.moderationEnabled = inv.flag(p);
        case "SendModerationNotifications" ->
            m.sendModerationNotifications =
                enumValue(
                    inv,
                    p,
                    "Microsoft.Exchange.Data.Directory.Recipient.TransportModerationNotificationFlags",
                    "Never",
                    "Internal",
                    "Always");
        case "AccountDisabled" -> {
          // documented: functional only in the cloud-based service
          if (version.isOnline()) {
            m.accountDisabled = inv.flag(p);
            u.enabled = !inv.flag(p);
          }
        }
        case "UserPrincipalName", "MicrosoftOnlineServicesID" -> {
          checkUpnFree(cmd, inv.string(p), u.guid);
          u.userPrincipalName = inv.string(p);
        }
        case "SamAccountName" -> {
          checkSamFree(cmd, inv.string(p), u.guid);
          u.samAccountName = inv.string(p);
        }
        case "ImmutableId" -> m.immutableId = inv.string(p);
        case "ArbitrationMailbox" ->
            m.arbitrationMailbox = displayOf(recipientGuid(cmd, identityOf(inv, p)));
        case "ResetPasswordOnNextLogon" -> u.resetPasswordOnNextLogon = inv.flag(p);
        case "Password" -> u.passwordSet = true;
        default -> {
          if (p.matches("CustomAttribute([1-9]|1[0-5])")) {
            Object v = e.getValue();
            if (v == null || inv.string(p).isEmpty()) {
              m.customAttributes.remove(p);
            } else {
              m.customAttributes.put(p, inv.string(p));
            }
          } else {
            m.settings.put(p, e.getValue() == null ? null : inv.string(p));
          }
        }
      }
    }
    org.changed();
    return List.of();
  }

  private static void setPrimary(Mailbox m, String address) {
    List<String> next = new ArrayList<>();
    for (String a : m.emailAddresses) {
      if (stripPrefix(a).equalsIgnoreCase(address)) {
        continue;
      }
      next.add(a.startsWith("SMTP:") ? "smtp:" + stripPrefix(a) : a);
    }
    next.add(0, "SMTP:" + address);
    m.emailAddresses = next;
  }

  private List<Object> disableMailbox(Invocation inv) {
    User u = mailboxUser(inv, "Identity");
    if (inv.flag("Archive")) {
      u.mailbox.archiveEnabled = false;
      u.mailbox.archiveDatabase = null;
    } else {
      u.mailbox = null;
    }
    org.changed();
    return List.of();
  }

  private List<Object> removeMailbox(Invocation inv) {
    User u = mailboxUser(inv, "Identity");
    org.state().users.remove(u);
    for (Group g : org.state().groups) {
      g.members.remove(u.guid);
    }
    org.changed();
    return List.of();
  }

  private String primaryOf(Mailbox m) {
    for (String a : m.emailAddresses) {
      if (a.startsWith("SMTP:")) {
        return stripPrefix(a);
      }
    }
    return null;
  }

  private static String recipientTypeDetails(User u) {
    if (u.mailbox == null) {
      return u.enabled ? "User" : "DisabledUser";
    }
    return switch (u.mailbox.type) {
      case "Room" -> "RoomMailbox";
      case "Equipment" -> "EquipmentMailbox";
      case "Shared" -> "SharedMailbox";
      default -> "UserMailbox";
    };
  }

  private PsObject mailboxObject(User u) {
    Mailbox m = u.mailbox;
    PsObject o =
        PsObject.exchange(
                "Deserialized.Microsoft.Exchange.Data.Directory.Management.Mailbox", u.name)
            .put("Name", u.name)
            .put("Alias", m.alias)
            .put("DisplayName", u.displayName)
            .put(
                "Identity",
                version.isOnline()
                    ? u.name
                    : (u.organizationalUnit == null ? "" : u.organizationalUnit) + "/" + u.name)
            .put("Guid", u.guid)
            .put("ExchangeGuid", u.guid)
            .put("DistinguishedName", dn(u.name, u.organizationalUnit))
            .put("UserPrincipalName", u.userPrincipalName)
            .put("SamAccountName", u.samAccountName)
            .put("OrganizationalUnit", u.organizationalUnit)
            .put("RecipientType", "UserMailbox")
            .put("RecipientTypeDetails", recipientTypeDetails(u))
            .put("PrimarySmtpAddress", primaryOf(m))
            .put("WindowsEmailAddress", primaryOf(m))
            .put("EmailAddresses", new ArrayList<Object>(m.emailAddresses))
            .put("EmailAddressPolicyEnabled", m.emailAddressPolicyEnabled)
            .put("Database", m.database)
            .put("ArchiveStatus", m.archiveEnabled ? "Active" : "None")
            .put("ArchiveDatabase", m.archiveDatabase)
            .put(
                "ArchiveGuid",
                m.archiveEnabled
                    ? UUID.nameUUIDFromBytes(
                            u.guid.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString()
                    : "00000000-0000-0000-0000-000000000000")
            .put("RetentionPolicy", m.retentionPolicy)
            .put("SharingPolicy", m.sharingPolicy)
            .put("AddressBookPolicy", m.addressBookPolicy)
            .put("ActiveSyncMailboxPolicy", m.activeSyncMailboxPolicy)
            .put("RoleAssignmentPolicy", m.roleAssignmentPolicy)
            .put("ThrottlingPolicy", m.throttlingPolicy)
            .put("ArbitrationMailbox", m.arbitrationMailbox)
            .put("ModerationEnabled", m.moderationEnabled)
            .put("ModeratedBy", displays(m.moderatedBy))
            .put("SendModerationNotifications", m.sendModerationNotifications)
            .put("HiddenFromAddressListsEnabled", m.hiddenFromAddressListsEnabled)
            .put("AccountDisabled", !u.enabled)
            .put("IsMailboxEnabled", true)
            .put("ServerName", version.isOnline() ? "am9p191mb1860" : serverShortName())
            .put(
                "ProhibitSendQuota",
                version.isOnline() ? "99 GB (106,300,440,576 bytes)" : "Unlimited")
            .put(
                "ExchangeVersion",
                version.majorVersion() == 14 ? "0.10 (14.0.100.0)" : "0.20 (15.0.0.0)");
    if (version == ExchangeVersion.EXCHANGE_2010) {
      o.put("ManagedFolderMailboxPolicy", m.managedFolderMailboxPolicy);
    }
    if (version.isOnline()) {
      o.put("MicrosoftOnlineServicesID", u.userPrincipalName);
      o.put("ImmutableId", m.immutableId);
    }
    for (int i = 1; i <= 15; i++) {
      String v = m.customAttributes.get("CustomAttribute" + i);
      o.put("CustomAttribute" + i, v == null ? "" : v);
    }
    m.settings.forEach(o::put);
    return o;
  }

  private String serverShortName() {
    String server = org.state().exchangeServer;
    return (server.contains(".") ? server.substring(0, server.indexOf('.')) : server)
        .toLowerCase(Locale.ROOT);
  }

  private List<Object> displays(List<String> guids) {
    List<Object> out = new ArrayList<>();
    guids.forEach(g -> out.add(displayOf(g)));
    return out;
  }

  private PsObject casObject(User u) {
    PsObject o =
        PsObject.exchange(
                "Deserialized.Microsoft.Exchange.Data.Directory.Management.CASMailbox", u.name)
            .put("Name", u.name)
            .put("Identity", u.name)
            .put("Guid", u.guid)
            .put("PrimarySmtpAddress", primaryOf(u.mailbox))
            .put("DisplayName", u.displayName);
    for (String p : Model.PROTOCOLS) {
      o.put(p, u.mailbox.protocols.getOrDefault(p, true));
    }
    return o;
  }

  private PsObject userObject(User u) {
    PsObject o =
        PsObject.exchange("Deserialized.Microsoft.Exchange.Data.Directory.Management.User", u.name)
            .put("Name", u.name)
            .put("DisplayName", u.displayName)
            .put(
                "Identity",
                u.organizationalUnit == null ? u.name : u.organizationalUnit + "/" + u.name)
            .put("Guid", u.guid)
            .put("UserPrincipalName", u.userPrincipalName)
            .put("SamAccountName", u.samAccountName)
            .put("FirstName", u.firstName == null ? "" : u.firstName)
            .put("LastName", u.lastName == null ? "" : u.lastName)
            .put("Initials", u.initials == null ? "" : u.initials)
            .put("OrganizationalUnit", u.organizationalUnit)
            .put("DistinguishedName", dn(u.name, u.organizationalUnit))
            .put("RecipientType", u.mailbox == null ? "User" : "UserMailbox")
            .put("RecipientTypeDetails", recipientTypeDetails(u))
            .put("AccountDisabled", !u.enabled)
            .put("ResetPasswordOnNextLogon", u.resetPasswordOnNextLogon)
            .put(
                "WindowsEmailAddress",
                u.mailbox == null
                    ? u.attributes.getOrDefault("WindowsEmailAddress", "")
                    : primaryOf(u.mailbox));
    u.attributes.forEach(
        (k, v) -> {
          if (!o.has(k)) {
            o.put(k, v);
          }
        });
    return o;
  }

  private PsObject groupObject(Group g) {
    return PsObject.exchange(
            "Deserialized.Microsoft.Exchange.Data.Directory.Management.DistributionGroup", g.name)
        .put("Name", g.name)
        .put("DisplayName", g.displayName)
        .put("Alias", g.alias)
        .put("Identity", (g.organizationalUnit == null ? "" : g.organizationalUnit + "/") + g.name)
        .put("Guid", g.guid)
        .put("SamAccountName", g.samAccountName)
        .put(
            "PrimarySmtpAddress",
            g.emailAddresses.stream()
                .filter(a -> a.startsWith("SMTP:"))
                .map(ExchangeCmdlets::stripPrefix)
                .findFirst()
                .orElse(null))
        .put("EmailAddresses", new ArrayList<Object>(g.emailAddresses))
        .put("GroupType", g.type.equals("Security") ? "Universal, SecurityEnabled" : "Universal")
        .put(
            "RecipientType",
            g.type.equals("Security")
                ? "MailUniversalSecurityGroup"
                : "MailUniversalDistributionGroup")
        .put(
            "RecipientTypeDetails",
            g.type.equals("Security")
                ? "MailUniversalSecurityGroup"
                : "MailUniversalDistributionGroup")
        .put("OrganizationalUnit", g.organizationalUnit)
        .put("ManagedBy", displays(g.managedBy))
        .put("ModeratedBy", displays(g.moderatedBy))
        .put("ModerationEnabled", g.moderationEnabled)
        .put("MemberJoinRestriction", g.memberJoinRestriction)
        .put("MemberDepartRestriction", g.memberDepartRestriction)
        .put("RequireSenderAuthenticationEnabled", g.requireSenderAuthenticationEnabled)
        .put("HiddenFromAddressListsEnabled", g.hiddenFromAddressListsEnabled)
        .put("Notes", g.notes);
  }

  // ---------------------------------------------------------------- queries

  private int resultSize(Invocation inv) {
    if (!inv.has("ResultSize")) {
      return DEFAULT_RESULT_SIZE;
    }
    String v = inv.string("ResultSize");
    if (v.equalsIgnoreCase("Unlimited")) {
      return Integer.MAX_VALUE;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the binder's message
    }
    throw new CmdletException(
        PsError.binding(
            "Cannot bind parameter 'ResultSize'. Cannot convert value \""
                + v
                + "\" to type \"Microsoft.Exchange.Data.Unlimited`1[System.UInt32]\". Error:"
                + " \"Input string was not in a correct format.\"",
            "CannotConvertArgumentNoMessage",
            inv.command()),
        true);
  }

  private List<Object> limit(Invocation inv, List<Object> all) {
    int size = resultSize(inv);
    if (all.size() <= size) {
      return all;
    }
    // assumption: the reference lists the ResultSize warning as unknown; this is the usual text
    if (inv.has("ResultSize")) {
      inv.warn(
          "There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.");
    } else {
      inv.warn(
          "By default, only the first 1000 items are returned. Use the ResultSize parameter to"
              + " specify the number of items returned. To return all items, specify \"-ResultSize"
              + " Unlimited\". Be aware that, depending on the actual number of items, returning all"
              + " items can take a long time and consume a large amount of memory. Also, we don't"
              + " recommend storing the results in a variable. Instead, pipe the results to another"
              + " task or script to perform batch changes.");
    }
    return new ArrayList<>(all.subList(0, size));
  }

  private Predicate<PsObject> filter(Invocation inv, PsObject template) {
    if (!inv.has("Filter") || inv.get("Filter") == null) {
      return o -> true;
    }
    Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    known.addAll(template.properties().keySet());
    try {
      return OpathFilter.parse(inv.string("Filter"), known);
    } catch (OpathFilter.InvalidFilter e) {
      throw new CmdletException(
          PsError.binding(e.getMessage(), "ParameterBindingFailed", inv.command()), true);
    }
  }

  private PsObject templateMailbox() {
    User u = new User();
    u.guid = "";
    u.name = "";
    u.mailbox = new Mailbox();
    return mailboxObject(u);
  }

  private List<Object> getRecipients(
      Invocation inv,
      java.util.function.Function<User, PsObject> view,
      Predicate<User> include,
      boolean withGroups) {
    List<Object> out = new ArrayList<>();
    Predicate<PsObject> f = filter(inv, templateMailbox());
    Set<String> types = new LinkedHashSet<>(stringList(inv.get("RecipientTypeDetails")));
    String anr = inv.string("Anr");
    String database = inv.has("Database") ? database(inv, "Database", org.state().databases) : null;
    String ou = inv.has("OrganizationalUnit") ? organisationalUnit(inv) : null;
    if (inv.has("Identity") && inv.get("Identity") != null) {
      if (withGroups) {
        String guid = recipientGuid(inv.command(), identityOf(inv, "Identity"));
        for (User u : visibleUsers()) {
          if (u.guid.equals(guid)) {
            return List.of(view.apply(u));
          }
        }
        for (Group g : org.state().groups) {
          if (g.guid.equals(guid)) {
            return List.of(groupObject(g));
          }
        }
      }
      return List.of(view.apply(mailboxUser(inv, "Identity")));
    }
    for (User u : visibleUsers()) {
      if (u.mailbox == null || !include.test(u)) {
        continue;
      }
      if (inv.has("Filter") && !f.test(mailboxObject(u))) {
        continue;
      }
      if (!types.isEmpty()
          && types.stream().noneMatch(t -> t.equalsIgnoreCase(recipientTypeDetails(u)))) {
        continue;
      }
      if (anr != null && !anrMatches(anr, u)) {
        continue;
      }
      if (ou != null && !ou.equalsIgnoreCase(u.organizationalUnit)) {
        continue;
      }
      if (database != null && !database.equalsIgnoreCase(u.mailbox.database)) {
        continue;
      }
      out.add(view.apply(u));
    }
    if (withGroups) {
      for (Group g : org.state().groups) {
        if (!g.exchangeVisible) {
          continue;
        }
        PsObject o = groupObject(g);
        if (!inv.has("Filter")
            && database == null
            && (ou == null || ou.equalsIgnoreCase(g.organizationalUnit))
            && (anr == null || anrMatches(anr, g))
            && (types.isEmpty()
                || types.stream()
                    .anyMatch(t -> t.equalsIgnoreCase((String) o.get("RecipientTypeDetails"))))) {
          out.add(o);
        }
      }
    }
    return limit(inv, sorted(inv, out));
  }

  /**
   * Ambiguous name resolution as Exchange documents it: a prefix match (any case) on the name,
   * display name, first and last name, alias, SMTP addresses and samAccountName.
   */
  private static boolean anrMatches(String anr, User u) {
    List<String> values = new ArrayList<>();
    values.addAll(
        java.util.Arrays.asList(u.name, u.displayName, u.firstName, u.lastName, u.samAccountName));
    if (u.mailbox != null) {
      values.add(u.mailbox.alias);
      u.mailbox.emailAddresses.forEach(a -> values.add(stripPrefix(a)));
    }
    return anrMatches(anr, values.toArray(String[]::new));
  }

  private static boolean anrMatches(String anr, Group g) {
    List<String> values = new ArrayList<>(List.of(nullToEmpty(g.name)));
    values.addAll(java.util.Arrays.asList(g.displayName, g.alias, g.samAccountName));
    g.emailAddresses.forEach(a -> values.add(stripPrefix(a)));
    return anrMatches(anr, values.toArray(String[]::new));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * {@code -SortBy Property}: ascending, by the property's text, any case. A property the objects
   * do not have fails (assumption: text modelled on Exchange's sort errors).
   */
  private List<Object> sorted(Invocation inv, List<Object> out) {
    String by = inv.has("SortBy") ? inv.string("SortBy") : null;
    if (by == null || out.isEmpty()) {
      return out;
    }
    PsObject first = (PsObject) out.get(0);
    String known = null;
    for (String k : first.properties().keySet()) {
      if (k.equalsIgnoreCase(by)) {
        known = k;
      }
    }
    if (known == null) {
      throw errors()
          .error(
              inv.command(),
              "ArgumentException",
              "The property \"" + by + "\" can't be used for sorting.",
              "InvalidArgument",
              "");
    }
    String key = known;
    List<Object> copy = new ArrayList<>(out);
    copy.sort(
        java.util.Comparator.comparing(
            o -> String.valueOf(((PsObject) o).get(key)), String.CASE_INSENSITIVE_ORDER));
    return copy;
  }

  /**
   * A read of objects this organisation model has none of (mail users, remote mailboxes, contacts,
   * dynamic groups): the filter is still checked, an identity is not found.
   */
  private List<Object> noneOfTheseObjects(Invocation inv) {
    filter(inv, templateMailbox());
    if (inv.has("OrganizationalUnit")) {
      organisationalUnit(inv);
    }
    if (inv.has("Identity") && inv.get("Identity") != null) {
      throw errors().notFound(inv.command(), identityOf(inv, "Identity"));
    }
    return List.of();
  }

  private static boolean anrMatches(String anr, String... values) {
    for (String v : values) {
      if (v != null && v.toLowerCase(Locale.ROOT).startsWith(anr.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private List<Object> getUsers(Invocation inv) {
    if (inv.has("Identity") && inv.get("Identity") != null) {
      return List.of(userObject(anyUser(inv, "Identity")));
    }
    User t = new User();
    t.guid = "";
    t.name = "";
    Predicate<PsObject> f = filter(inv, userObject(t));
    Set<String> types = new LinkedHashSet<>(stringList(inv.get("RecipientTypeDetails")));
    List<Object> out = new ArrayList<>();
    for (User u : visibleUsers()) {
      PsObject o = userObject(u);
      if (f.test(o)
          && (types.isEmpty()
              || types.stream().anyMatch(x -> x.equalsIgnoreCase(recipientTypeDetails(u))))
          && (inv.string("Anr") == null || anrMatches(inv.string("Anr"), u))
          && (!inv.has("OrganizationalUnit")
              || organisationalUnit(inv).equalsIgnoreCase(u.organizationalUnit))) {
        out.add(o);
      }
    }
    return limit(inv, sorted(inv, out));
  }

  private List<Object> setUser(Invocation inv) {
    User u = anyUser(inv, "Identity");
    String cmd = inv.command();
    for (Map.Entry<String, Object> e : inv.parameters().entrySet()) {
      String p = e.getKey();
      switch (p) {
        case "Identity",
            "Confirm",
            "WhatIf",
            "Force",
            "DomainController",
            "IgnoreDefaultScope" -> {}
        case "FirstName" -> u.firstName = inv.string(p);
        case "LastName" -> u.lastName = inv.string(p);
        case "Initials" -> {
          String i = inv.string(p);
          if (i != null && i.length() > 6) {
            throw errors()
                .invalid(
                    cmd,
                    "The length of the property is too long. The maximum length is 6 and the length of the value provided is "
                        + i.length()
                        + ".");
          }
          u.initials = i;
        }
        case "DisplayName" -> u.displayName = inv.string(p);
        case "Name" -> {
          checkNameFree(cmd, inv.string(p), u.organizationalUnit, u.guid);
          u.name = inv.string(p);
        }
        case "UserPrincipalName" -> {
          checkUpnFree(cmd, inv.string(p), u.guid);
          u.userPrincipalName = inv.string(p);
        }
        case "SamAccountName" -> {
          checkSamFree(cmd, inv.string(p), u.guid);
          u.samAccountName = inv.string(p);
        }
        case "ResetPasswordOnNextLogon" -> u.resetPasswordOnNextLogon = inv.flag(p);
        case "WindowsEmailAddress" -> {
          String addr = smtp(inv, p, inv.string(p));
          if (u.mailbox != null) {
            if (!u.mailbox.emailAddressPolicyEnabled) {
              checkProxyFree(cmd, addr, u.guid);
              setPrimary(u.mailbox, addr);
            }
          } else {
            u.attributes.put(p, addr);
          }
        }
        default -> u.attributes.put(p, e.getValue() == null ? null : inv.string(p));
      }
    }
    org.changed();
    return List.of();
  }

  private List<Object> setCasMailbox(Invocation inv) {
    User u = mailboxUser(inv, "Identity");
    for (Map.Entry<String, Object> e : inv.parameters().entrySet()) {
      for (String p : Model.PROTOCOLS) {
        if (p.equalsIgnoreCase(e.getKey())) {
          u.mailbox.protocols.put(p, inv.flag(e.getKey()));
        }
      }
    }
    org.changed();
    return List.of();
  }

  // ---------------------------------------------------------------- groups

  private List<Object> newGroup(Invocation inv) {
    State s = org.state();
    String cmd = inv.command();
    String name = inv.string("Name");
    if (name.length() > 64) {
      throw errors()
          .invalid(
              cmd,
              "The length of the property is too long. The maximum length is 64 and the length of the value provided is "
                  + name.length()
                  + ".");
    }
    String ou = organisationalUnit(inv);
    Group g = new Group();
    g.guid = UUID.randomUUID().toString();
    checkNameFree(cmd, name, ou, g.guid);
    g.name = name;
    g.displayName = inv.has("DisplayName") ? inv.string("DisplayName") : name;
    g.alias =
        inv.has("Alias") ? inv.string("Alias") : name.replaceAll("[^A-Za-z0-9!#%*+\\-/=?^_~.]", "");
    checkAliasFree(cmd, g.alias, g.guid);
    g.samAccountName =
        version.isOnline()
            ? null
            : inv.has("SamAccountName") ? inv.string("SamAccountName") : g.alias;
    if (g.samAccountName != null) {
      checkSamFree(cmd, g.samAccountName, g.guid);
    }
    String primary =
        inv.has("PrimarySmtpAddress")
            ? smtp(inv, "PrimarySmtpAddress", inv.string("PrimarySmtpAddress"))
            : g.alias + "@" + s.acceptedDomains.get(0);
    checkProxyFree(cmd, primary, g.guid);
    g.emailAddresses.add("SMTP:" + primary);
    g.organizationalUnit = version.isOnline() ? null : ou;
    String type =
        enumValue(
            inv,
            "Type",
            "Microsoft.Exchange.Management.RecipientTasks.GroupType",
            "Distribution",
            "Security");
    g.type = type == null ? "Distribution" : type;
    applyGroupSettings(inv, g);
    if (inv.has("Members")) {
      g.members = multiValued(List.of(), inv.get("Members"), id -> recipientGuid(cmd, id));
    }
    if (inv.flag("CopyOwnerToMember")) {
      for (String m : g.managedBy) {
        if (!g.members.contains(m)) {
          g.members.add(m);
        }
      }
    }
    s.groups.add(g);
    org.changed();
    return List.of(groupObject(g));
  }

  private void applyGroupSettings(Invocation inv, Group g) {
    String cmd = inv.command();
    String join =
        enumValue(
            inv,
            "MemberJoinRestriction",
            "Microsoft.Exchange.Data.Directory.Recipient.MemberUpdateType",
            "Closed",
            "Open",
            "ApprovalRequired");
    if (join != null) {
      g.memberJoinRestriction = join;
    }
    String depart =
        enumValue(
            inv,
            "MemberDepartRestriction",
            "Microsoft.Exchange.Data.Directory.Recipient.MemberUpdateType",
            "Closed",
            "Open");
    if (depart != null) {
      g.memberDepartRestriction = depart;
    }
    if (inv.has("ManagedBy")) {
      g.managedBy = multiValued(g.managedBy, inv.get("ManagedBy"), id -> recipientGuid(cmd, id));
    }
    if (inv.has("ModeratedBy")) {
      g.moderatedBy =
          multiValued(g.moderatedBy, inv.get("ModeratedBy"), id -> recipientGuid(cmd, id));
    }
    if (inv.has("ModerationEnabled")) {
      g.moderationEnabled = inv.flag("ModerationEnabled");
    }
    if (inv.has("RequireSenderAuthenticationEnabled")) {
      g.requireSenderAuthenticationEnabled = inv.flag("RequireSenderAuthenticationEnabled");
    }
    if (inv.has("HiddenFromAddressListsEnabled")) {
      g.hiddenFromAddressListsEnabled = inv.flag("HiddenFromAddressListsEnabled");
    }
    if (inv.has("Notes")) {
      g.notes = inv.string("Notes");
    }
  }

  private List<Object> setGroup(Invocation inv) {
    Group g = group(inv, "Identity");
    String cmd = inv.command();
    if (inv.has("Name")) {
      checkNameFree(cmd, inv.string("Name"), g.organizationalUnit, g.guid);
      g.name = inv.string("Name");
    }
    if (inv.has("DisplayName")) {
      g.displayName = inv.string("DisplayName");
    }
    if (inv.has("Alias")) {
      checkAliasFree(cmd, inv.string("Alias"), g.guid);
      g.alias = inv.string("Alias");
    }
    if (inv.has("PrimarySmtpAddress")) {
      String addr = smtp(inv, "PrimarySmtpAddress", inv.string("PrimarySmtpAddress"));
      checkProxyFree(cmd, addr, g.guid);
      List<String> next = new ArrayList<>();
      next.add("SMTP:" + addr);
      for (String a : g.emailAddresses) {
        if (!stripPrefix(a).equalsIgnoreCase(addr)) {
          next.add(a.startsWith("SMTP:") ? "smtp:" + stripPrefix(a) : a);
        }
      }
      g.emailAddresses = next;
    }
    applyGroupSettings(inv, g);
    for (Map.Entry<String, Object> e : inv.parameters().entrySet()) {
      if (!Set.of(
              "Identity",
              "Name",
              "DisplayName",
              "Alias",
              "PrimarySmtpAddress",
              "MemberJoinRestriction",
              "MemberDepartRestriction",
              "ManagedBy",
              "ModeratedBy",
              "ModerationEnabled",
              "RequireSenderAuthenticationEnabled",
              "HiddenFromAddressListsEnabled",
              "Notes",
              "Confirm",
              "WhatIf",
              "BypassSecurityGroupManagerCheck")
          .contains(e.getKey())) {
        g.settings.put(e.getKey(), e.getValue() == null ? null : inv.string(e.getKey()));
      }
    }
    org.changed();
    return List.of();
  }

  private List<Object> getGroups(Invocation inv) {
    if (inv.has("Identity") && inv.get("Identity") != null) {
      return List.of(groupObject(group(inv, "Identity")));
    }
    Group t = new Group();
    t.guid = "";
    t.name = "";
    Predicate<PsObject> f = filter(inv, groupObject(t));
    List<Object> out = new ArrayList<>();
    for (Group g : org.state().groups) {
      if (g.exchangeVisible) {
        PsObject o = groupObject(g);
        if (f.test(o)
            && (inv.string("Anr") == null || anrMatches(inv.string("Anr"), g))
            && (!inv.has("OrganizationalUnit")
                || organisationalUnit(inv).equalsIgnoreCase(g.organizationalUnit))
            && (!inv.has("RecipientTypeDetails")
                || stringList(inv.get("RecipientTypeDetails")).stream()
                    .anyMatch(x -> x.equalsIgnoreCase((String) o.get("RecipientTypeDetails"))))) {
          out.add(o);
        }
      }
    }
    return limit(inv, sorted(inv, out));
  }

  private List<Object> addMember(Invocation inv) {
    Group g = group(inv, "Identity");
    if (!inv.has("Member")) {
      return List.of();
    }
    String memberId = identityOf(inv, "Member");
    String guid = recipientGuid(inv.command(), memberId);
    if (g.members.contains(guid)) {
      // assumption: the reference knows the reason (MemberAlreadyExistsException), not the text
      throw errors()
          .error(
              inv.command(),
              "MemberAlreadyExistsException",
              "The recipient \""
                  + displayOf(guid)
                  + "\" is already a member of the group \""
                  + g.name
                  + "\".",
              "NotSpecified",
              "");
    }
    g.members.add(guid);
    org.changed();
    return List.of();
  }

  private List<Object> removeMember(Invocation inv) {
    Group g = group(inv, "Identity");
    if (!inv.has("Member")) {
      return List.of();
    }
    String guid = recipientGuid(inv.command(), identityOf(inv, "Member"));
    if (!g.members.remove(guid)) {
      // assumption: text and reason not in the reference
      throw errors()
          .error(
              inv.command(),
              "MemberNotFoundException",
              "The recipient \""
                  + displayOf(guid)
                  + "\" isn't a member of the group \""
                  + g.name
                  + "\".",
              "NotSpecified",
              "");
    }
    org.changed();
    return List.of();
  }

  private List<Object> updateMembers(Invocation inv) {
    Group g = group(inv, "Identity");
    Object members = inv.get("Members");
    if (members instanceof PsObject h && h.kind() == PsObject.Kind.HASHTABLE) {
      // documented (OfficeDocs-Exchange #2349): @{Add=...} replaces the members
      g.members = multiValued(List.of(), h.get("Add"), id -> recipientGuid(inv.command(), id));
    } else {
      g.members = multiValued(List.of(), members, id -> recipientGuid(inv.command(), id));
    }
    org.changed();
    return List.of();
  }

  private List<Object> getMembers(Invocation inv) {
    Group g = group(inv, "Identity");
    List<Object> out = new ArrayList<>();
    for (String guid : g.members) {
      for (User u : org.state().users) {
        if (u.guid.equals(guid) && u.mailbox != null) {
          out.add(mailboxObject(u));
        }
      }
      for (Group sub : org.state().groups) {
        if (sub.guid.equals(guid)) {
          out.add(groupObject(sub));
        }
      }
    }
    return limit(inv, out);
  }
}
