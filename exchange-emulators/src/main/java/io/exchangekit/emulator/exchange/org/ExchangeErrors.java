package io.exchangekit.emulator.exchange.org;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.ps.CmdletHost.CmdletException;
import io.exchangekit.emulator.exchange.ps.PsError;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Exchange's error records, shaped as an on-premises remote session or Exchange Online (REST)
 * returns them (reference §8): message, CategoryInfo reason and FullyQualifiedErrorId.
 */
final class ExchangeErrors {

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

  CmdletException error(
      String cmdlet, String reason, String message, String category, String target) {
    String ns = NAMESPACE.getOrDefault(reason, "Microsoft.Exchange.Configuration.Tasks");
    String requestId = UUID.randomUUID().toString();
    ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
    if (version.isOnline()) {
      String code =
          "Ex"
              + Integer.toHexString((reason.hashCode() & 0xFFFFFF) | 0x100000)
                  .toUpperCase(Locale.ROOT);
      return new CmdletException(
          new PsError(
              code + "|" + ns + "." + reason + "|" + message,
              category,
              cmdlet,
              reason,
              target,
              "[Server=AM9P191MB1860,RequestId="
                  + requestId
                  + ",TimeStamp="
                  + DateTimeFormatter.RFC_1123_DATE_TIME.format(now)
                  + "] [FailureCategory=Cmdlet-"
                  + reason
                  + "] "
                  + CODE.getOrDefault(reason, "0A1B2C3D")
                  + ",Microsoft.Exchange.Management.RecipientTasks."
                  + cmdlet.replace("-", "")));
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
}
