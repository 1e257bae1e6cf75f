package io.exchangekit.emulator.exchange.org;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.ps.CmdletHost.CmdletException;
import io.exchangekit.emulator.exchange.ps.PsError;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Exchange's error records, shaped as an on-premises remote session or Exchange Online (REST)
 * returns them (reference §8): message, CategoryInfo reason and FullyQualifiedErrorId; also the
 * errors of the session set-up commands, the AD module and the binder checks the cmdlets make, and
 * the warnings the cmdlets write. Every Microsoft text the organisation's cmdlets print is here.
 * Public only for the session faults the emulator injects around the cmdlets.
 *
 * <p>Captured shapes (docs/fidelity.md, "Error records"): on premises, FullyQualifiedErrorId {@code
 * [Server=…,RequestId=…,TimeStamp=…] [FailureCategory=Cmdlet-<Type>] <8 hex>,<task class>} with the
 * plain message; in Exchange Online, message {@code Ex<6 hex>|<Namespace>.<Type>|<text>},
 * CategoryInfo {@code NotSpecified: (:) [<cmdlet>], <Type>} and FullyQualifiedErrorId {@code
 * [Server=…,RequestId=…,TimeStamp=<RFC 1123>],Write-ErrorMessage} (learn.microsoft.com/answers
 * 2108696, 2024-10-21). Exchange Online's 6-digit code follows the text, not the type: Ex6F9304 for
 * "The operation couldn't be performed because object … couldn't be found on …", Ex94914C for
 * "Couldn't find object …" (same thread; Ex6F9304 also in answers 1029077 and public scripts).
 * Texts and codes not captured carry the word "assumption" where they are built.
 */
public final class ExchangeErrors {

  /** Namespace of each exception type Exchange raises. */
  private static final Map<String, String> NAMESPACE =
      Map.of(
          "ManagementObjectNotFoundException", "Microsoft.Exchange.Configuration.Tasks",
          "ManagementObjectAmbiguousException", "Microsoft.Exchange.Configuration.Tasks",
          "ADObjectAlreadyExistsException", "Microsoft.Exchange.Data.Directory",
          // assumption: namespaces of the following are not in the reference
          "ProxyAddressExistsException", "Microsoft.Exchange.Data.Directory",
          "MemberAlreadyExistsException", "Microsoft.Exchange.Management.Tasks",
          "MemberNotFoundException", "Microsoft.Exchange.Management.Tasks",
          "RecipientTaskException", "Microsoft.Exchange.Configuration.Tasks",
          "DataValidationException", "Microsoft.Exchange.Data");

  /**
   * The 8-hex-digit code in on-premises FullyQualifiedErrorIds (1082ECE3 is the documented one).
   */
  private static final Map<String, String> CODE =
      Map.of(
          "ManagementObjectNotFoundException", "1082ECE3",
          "ManagementObjectAmbiguousException", "9D9E8E1F",
          "ADObjectAlreadyExistsException", "5E0E3A41",
          "ProxyAddressExistsException", "77D6A3B2",
          "MemberAlreadyExistsException", "C7E0B7D5",
          "MemberNotFoundException", "3F6E2E0C",
          "RecipientTaskException", "4B1B3D07",
          "DataValidationException", "B1B6C7A2");

  private final ExchangeVersion version;
  private final String server;
  private final String domainController;

  ExchangeErrors(ExchangeVersion version, String server, String domainController) {
    this.version = version;
    this.server = server;
    this.domainController = domainController;
  }

  /** Where a not-found object was looked for, as the message names it. */
  String directoryServer() {
    return version.isOnline() ? "AM9P191DC001.EURP191A001.PROD.OUTLOOK.COM" : domainController;
  }

  /** Exchange Online's 6-digit code of a message, where a capture shows it. */
  private static String onlineCode(String reason, String message) {
    if (message.startsWith("The operation couldn't be performed because object")) {
      return "Ex6F9304";
    }
    if (message.startsWith("Couldn't find object")) {
      return "Ex94914C";
    }
    // assumption: other codes are not captured; one per exception type, in the captured form
    return "Ex"
        + Integer.toHexString((reason.hashCode() & 0xFFFFFF) | 0x100000).toUpperCase(Locale.ROOT);
  }

  CmdletException error(
      String cmdlet, String reason, String message, String category, String target) {
    String ns = NAMESPACE.getOrDefault(reason, "Microsoft.Exchange.Configuration.Tasks");
    String requestId = UUID.randomUUID().toString();
    ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
    if (version.isOnline()) {
      return new CmdletException(
          new PsError(
              onlineCode(reason, message) + "|" + ns + "." + reason + "|" + message,
              category,
              cmdlet,
              reason,
              target,
              "[Server=AM9P191MB1860,RequestId="
                  + requestId
                  + ",TimeStamp="
                  + DateTimeFormatter.RFC_1123_DATE_TIME.format(now)
                  + "],Write-ErrorMessage"));
    }
    String shortServer = server.contains(".") ? server.substring(0, server.indexOf('.')) : server;
    return new CmdletException(
        new PsError(
            message,
            category,
            cmdlet,
            reason,
            target,
            "[Server="
                + shortServer.toUpperCase(Locale.ROOT)
                + ",RequestId="
                + requestId
                + ",TimeStamp="
                + DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US).format(now)
                + "] [FailureCategory=Cmdlet-"
                + reason
                + "] "
                // assumption: only 1082ECE3 (ManagementObjectNotFoundException) is captured
                + CODE.getOrDefault(reason, "0A1B2C3D")
                + ",Microsoft.Exchange.Management.RecipientTasks."
                + cmdlet.replace("-", "")));
  }

  CmdletException notFound(String cmdlet, String identity) {
    return error(
        cmdlet,
        "ManagementObjectNotFoundException",
        "The operation couldn't be performed because object '"
            + identity
            + "' couldn't be found on '"
            + directoryServer()
            + "'.",
        "NotSpecified",
        "");
  }

  CmdletException ambiguous(String cmdlet, String identity) {
    return error(
        cmdlet,
        "ManagementObjectAmbiguousException",
        "The operation couldn't be performed because '" + identity + "' matches multiple entries.",
        "NotSpecified",
        "");
  }

  CmdletException databaseNotFound(String cmdlet, String database) {
    return error(
        cmdlet,
        "ManagementObjectNotFoundException",
        "Couldn't find database \"" + database + "\". Make sure you have typed it correctly.",
        "NotSpecified",
        "");
  }

  CmdletException objectNotFound(String cmdlet, String name) {
    return error(
        cmdlet,
        "ManagementObjectNotFoundException",
        "Couldn't find object \""
            + name
            + "\". Please make sure that it was spelled correctly or specify a different object.",
        "NotSpecified",
        "");
  }

  CmdletException alreadyExists(String cmdlet, String distinguishedName) {
    if (version.isOnline()) {
      return error(
          cmdlet,
          "ADObjectAlreadyExistsException",
          "The name is already being used. Please try another name.",
          "NotSpecified",
          "");
    }
    return error(
        cmdlet,
        "ADObjectAlreadyExistsException",
        "The object '" + distinguishedName + "' already exists.",
        "NotSpecified",
        "");
  }

  CmdletException proxyExists(String cmdlet, String proxy, String owner) {
    return error(
        cmdlet,
        "ProxyAddressExistsException",
        "The proxy address \""
            + proxy
            + "\" is already being used by the proxy addresses or LegacyExchangeDN of \""
            + owner
            + "\". Please choose another proxy address.",
        "NotSpecified",
        "");
  }

  CmdletException task(String cmdlet, String message) {
    return error(cmdlet, "RecipientTaskException", message, "NotSpecified", "");
  }

  CmdletException invalid(String cmdlet, String message) {
    return error(cmdlet, "DataValidationException", message, "NotSpecified", "");
  }

  CmdletException tooLong(String cmdlet, int maximum, int length) {
    return invalid(
        cmdlet,
        "The length of the property is too long. The maximum length is "
            + maximum
            + " and the length of the value provided is "
            + length
            + ".");
  }

  // ---------------------------------------------------------------- uniqueness and validation

  CmdletException upnInUse(String cmdlet, String upn, String owner) {
    // assumption: text not in the reference
    return error(
        cmdlet,
        "ADObjectAlreadyExistsException",
        "The user principal name "
            + upn
            + " is already used by \""
            + owner
            + "\". Please choose another user principal name.",
        "NotSpecified",
        "");
  }

  CmdletException upnInvalid(String cmdlet, String upn) {
    return invalid(cmdlet, "The UserPrincipalName \"" + upn + "\" isn't valid.");
  }

  CmdletException samInvalid(String cmdlet, String sam) {
    return invalid(
        cmdlet,
        "The SamAccountName \""
            + sam
            + "\" isn't valid. It can contain at most 20"
            + " characters and none of \" / \\ [ ] : ; | = , + * ? < > @.");
  }

  CmdletException samInUse(String cmdlet, String sam, String owner) {
    return error(
        cmdlet,
        "ADObjectAlreadyExistsException",
        "The SamAccountName \""
            + sam
            + "\" is already used by \""
            + owner
            + "\". Please choose another SamAccountName.",
        "NotSpecified",
        "");
  }

  CmdletException aliasInvalid(String cmdlet, String alias) {
    return invalid(
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

  CmdletException aliasInUse(String cmdlet, String alias, String owner) {
    // assumption: the reference lists the duplicate-alias text as unknown
    return error(
        cmdlet,
        "ADObjectAlreadyExistsException",
        "The alias \""
            + alias
            + "\" is already being used by \""
            + owner
            + "\". Please choose another alias.",
        "NotSpecified",
        "");
  }

  CmdletException domainNotAccepted(String cmdlet, String address, String domain) {
    // assumption: the reference does not give this text
    return task(
        cmdlet,
        "The email address \""
            + address
            + "\" isn't correct. The domain \""
            + domain
            + "\" isn't an accepted domain for your organization.");
  }

  CmdletException organisationalUnitNotFound(String cmdlet, String ou) {
    // assumption: text modelled on Exchange's other "couldn't find" messages
    return error(
        cmdlet,
        "ManagementObjectNotFoundException",
        "The organizational unit \""
            + ou
            + "\" was not found. Please make sure you have typed it correctly.",
        "NotSpecified",
        "");
  }

  // ---------------------------------------------------------------- mailboxes

  CmdletException archiveExists(String cmdlet, String name) {
    return task(cmdlet, "The mailbox \"" + name + "\" already has an archive.");
  }

  CmdletException alreadyMailboxEnabled(String cmdlet, String name) {
    // assumption: text not in the reference
    return task(cmdlet, "The user \"" + name + "\" is already mailbox-enabled.");
  }

  CmdletException noExchangeLicence(String cmdlet, String name) {
    return task(
        cmdlet,
        "The user \""
            + name
            + "\" doesn't have an Exchange Online license. To add a mailbox for an existing"
            + " Microsoft Entra account, you need to add a license.");
  }

  CmdletException emailAddressesWithPrimary(String cmdlet) {
    // documented: the two cannot be combined
    return task(
        cmdlet, "The EmailAddresses and PrimarySmtpAddress parameters can't be used together.");
  }

  CmdletException primaryUnderPolicy(String cmdlet) {
    // documented: a change needs EmailAddressPolicyEnabled $false
    return task(
        cmdlet,
        "The primary SMTP address can't be changed because the EmailAddressPolicyEnabled property is set to true. To change it, set EmailAddressPolicyEnabled to false.");
  }

  CmdletException notOnePrimary(String cmdlet) {
    return task(
        cmdlet, "The EmailAddresses property must contain exactly one primary SMTP address.");
  }

  // ---------------------------------------------------------------- groups

  CmdletException memberAlreadyExists(String cmdlet, String member, String group) {
    // assumption: the reference knows the reason (MemberAlreadyExistsException), not the text
    return error(
        cmdlet,
        "MemberAlreadyExistsException",
        "The recipient \"" + member + "\" is already a member of the group \"" + group + "\".",
        "NotSpecified",
        "");
  }

  CmdletException memberNotFound(String cmdlet, String member, String group) {
    // assumption: text and reason not in the reference
    return error(
        cmdlet,
        "MemberNotFoundException",
        "The recipient \"" + member + "\" isn't a member of the group \"" + group + "\".",
        "NotSpecified",
        "");
  }

  // ---------------------------------------------------------------- queries

  CmdletException cannotSortBy(String cmdlet, String property) {
    // assumption: text modelled on Exchange's sort errors
    return error(
        cmdlet,
        "ArgumentException",
        "The property \"" + property + "\" can't be used for sorting.",
        "InvalidArgument",
        "");
  }

  /**
   * The warning when a read returns fewer objects than exist (assumption: the reference lists the
   * ResultSize warning as unknown; these are the usual texts).
   */
  static String moreResultsWarning(boolean resultSizeGiven) {
    if (resultSizeGiven) {
      return "There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.";
    }
    return "By default, only the first 1000 items are returned. Use the ResultSize parameter to"
        + " specify the number of items returned. To return all items, specify \"-ResultSize"
        + " Unlimited\". Be aware that, depending on the actual number of items, returning all"
        + " items can take a long time and consume a large amount of memory. Also, we don't"
        + " recommend storing the results in a variable. Instead, pipe the results to another"
        + " task or script to perform batch changes.";
  }

  // ---------------------------------------------------------------- binder checks

  static CmdletException notSmtpAddress(String cmdlet, String param, String value) {
    return new CmdletException(
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
            cmdlet),
        true);
  }

  static CmdletException notEnumerator(
      String cmdlet, String param, String value, String type, String... allowed) {
    return new CmdletException(
        PsError.binding(
            "Cannot bind parameter '"
                + param
                + "'. Cannot convert value \""
                + value
                + "\" to type \""
                + type
                + "\". Error: \"Unable to match the identifier name "
                + value
                + " to a valid enumerator name. Specify one of the following enumerator names and"
                + " try again:\n"
                + String.join(", ", allowed)
                + "\"",
            "CannotConvertArgumentNoMessage",
            cmdlet),
        true);
  }

  static CmdletException invalidMultiValuedKey(String key) {
    return new CmdletException(
        new PsError(
            "The key \"" + key + "\" isn't valid. Valid keys are \"Add\" and \"Remove\".",
            "InvalidArgument",
            "",
            "ArgumentException",
            "",
            "InvalidKey"),
        true);
  }

  static CmdletException invalidResultSize(String cmdlet, String value) {
    return new CmdletException(
        PsError.binding(
            "Cannot bind parameter 'ResultSize'. Cannot convert value \""
                + value
                + "\" to type \"Microsoft.Exchange.Data.Unlimited`1[System.UInt32]\". Error:"
                + " \"Input string was not in a correct format.\"",
            "CannotConvertArgumentNoMessage",
            cmdlet),
        true);
  }

  /** An OPATH filter the filter parser rejected, with the parser's message. */
  static CmdletException invalidFilter(String cmdlet, String message) {
    return new CmdletException(PsError.binding(message, "ParameterBindingFailed", cmdlet), true);
  }

  /** A real Exchange cmdlet (its parameters were checked) that this emulator does not model. */
  static CmdletException notEmulated(String cmdlet, Set<String> implemented) {
    return new CmdletException(
        new PsError(
            cmdlet
                + " is not emulated: the Exchange emulator models only "
                + String.join(", ", new TreeSet<>(implemented))
                + ".",
            "NotImplemented",
            cmdlet,
            "NotSupportedException",
            "",
            "NotEmulated," + cmdlet),
        true);
  }

  // ---------------------------------------------------------------- session set-up

  /**
   * New-PSSession -ConnectionUri in PowerShell 7 on Linux or macOS without a WSMan client library.
   * Text and category as printed in PowerShell/PowerShell#11159, #12674 and #25110 and
   * PowerShell-Docker#347 (the maintainers' advice there: use SSH remoting); the error id's command
   * part is an assumption modelled on PowerShell/PowerShell#4387, whose record ends in the
   * command's class name.
   */
  static CmdletException wsmanClientMissing() {
    return new CmdletException(
        new PsError(
            "This parameter set requires WSMan, and no supported WSMan client library was found."
                + " WSMan is either not installed or unavailable for this system.",
            "ResourceUnavailable",
            "New-PSSession",
            "PSRemotingTransportException",
            "",
            "System.Management.Automation.Remoting.PSRemotingTransportException,"
                + "Microsoft.PowerShell.Commands.NewPSSessionCommand"));
  }

  static CmdletException serverNameUnresolved() {
    return new CmdletException(
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

  static CmdletException remoteAccessDenied(String host) {
    return remoteAccessDenied("New-PSSession", host);
  }

  /** A remote session refused: the credential is not accepted on {@code host}. */
  public static CmdletException remoteAccessDenied(String cmdlet, String host) {
    return new CmdletException(
        new PsError(
            "["
                + host
                + "] Connecting to remote server "
                + host
                + " failed with the following error message : Access is denied. For more"
                + " information, see the about_Remote_Troubleshooting Help topic.",
            "OpenError",
            cmdlet,
            "PSRemotingTransportException",
            "System.Management.Automation.RemoteRunspace",
            "AccessDenied,PSSessionOpenFailed"));
  }

  /**
   * An injected session limit on premises: WinRM refuses a shell beyond the user's quota. Text as
   * the PowerShell team's "Configuring WSMAN limits" post, emtunc.org (2011) and an application log
   * on a Spanish host (the WinRM part stays English there) print it; category and reason from
   * emtunc.org. The error id's number is ERROR_WSMAN_QUOTA_MAX_SHELLS_PPQ (0x803381E4, wsmerror.h
   * as PowerShell's CimChildJobBase lists it) in the {@code <code>,PSSessionOpenFailed} form
   * PowerShell gives other WinRM failures; assumption: no capture shows this number with this text.
   */
  public static CmdletException shellLimitExceeded(String cmdlet, String host, int maximum) {
    return new CmdletException(
        new PsError(
            "["
                + host
                + "] Connecting to remote server "
                + host
                + " failed with the following error message : The WS-Management service cannot"
                + " process the request. This user is allowed a maximum number of "
                + maximum
                + " concurrent shells, which has been exceeded. Close existing shells or raise"
                + " the quota for this user. For more information, see the"
                + " about_Remote_Troubleshooting Help topic.",
            "OpenError",
            cmdlet,
            "PSRemotingTransportException",
            "System.Management.Automation.RemoteRunspace",
            (int) 0x803381E4L + ",PSSessionOpenFailed"),
        true);
  }

  /**
   * An injected session limit in Exchange Online: the legacy remote PowerShell text of the
   * reference (Microsoft365DSC #359). Assumption: the REST-based module of today reports no
   * concurrent-connection limit that a capture shows.
   */
  public static CmdletException sessionLimitExceeded(String cmdlet, int maximum) {
    return new CmdletException(
        new PsError(
            "Fail to create a runspace because you have exceeded the maximum number of"
                + " connections allowed : "
                + maximum
                + " for the policy party : MaxConcurrency. Please close existing runspace and"
                + " try again.",
            "OpenError",
            cmdlet,
            "PSRemotingTransportException",
            "System.Management.Automation.RemoteRunspace",
            "-2144108477,PSSessionOpenFailed [FailureCategory=AuthZ-AuthorizationException]"),
        true);
  }

  /** An injected authentication failure online: the app's certificate is not the registered one. */
  public static CmdletException clientAssertionInvalid(String cmdlet) {
    // assumption: an MSAL message for a certificate the app registration does not know
    return new CmdletException(
        new PsError(
            "AADSTS700027: Client assertion contains an invalid signature. [Reason - The key was"
                + " not found.]",
            "AuthenticationError",
            cmdlet,
            "MsalServiceException",
            "",
            "Microsoft.Identity.Client.MsalServiceException"),
        true);
  }

  static CmdletException sessionConfigurationNotFound(String host, String configuration) {
    return new CmdletException(
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

  static CmdletException sessionArgumentNull() {
    return new CmdletException(
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

  static CmdletException moduleNotFound(String name) {
    return new CmdletException(
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

  static CmdletException tenantNotFound(String organisation) {
    // assumption: MSAL's text for an unknown tenant; the reference has none
    return new CmdletException(
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

  static CmdletException signInNameInvalid() {
    // assumption: Entra ID's text for a sign-in name that is no user principal name
    return new CmdletException(
        new PsError(
            "AADSTS50126: Error validating credentials due to invalid username or password.",
            "AuthenticationError",
            "Connect-ExchangeOnline",
            "MsalUiRequiredException",
            "",
            "Microsoft.Identity.Client.MsalUiRequiredException"),
        true);
  }

  /** The banner Connect-ExchangeOnline writes unless {@code -ShowBanner:$false}. */
  static final String EXO_BANNER =
      "This V3 EXO PowerShell module contains new REST API backed Exchange Online cmdlets"
          + " which doesn't require WinRM for Client-Server communication. Use"
          + " -ShowBanner:$false to hide this message.";

  // ---------------------------------------------------------------- Active Directory module

  static CmdletException adIdentityNotFound(String cmdlet, String identity, String base) {
    String cmdClass = cmdlet.replace("-", "");
    return new CmdletException(
        new PsError(
            "Cannot find an object with identity: '" + identity + "' under: '" + base + "'.",
            "ObjectNotFound",
            cmdlet,
            "ADIdentityNotFoundException",
            identity,
            "ActiveDirectoryCmdlet:Microsoft.ActiveDirectory.Management.ADIdentityNotFoundException,Microsoft.ActiveDirectory.Management.Commands."
                + cmdClass));
  }
}
