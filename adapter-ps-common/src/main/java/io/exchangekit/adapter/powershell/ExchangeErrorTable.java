package io.exchangekit.adapter.powershell;

import io.exchangekit.adapter.powershell.Envelope.ErrorRecord;
import io.exchangekit.core.error.AlreadyExistsException;
import io.exchangekit.core.error.AuthenticationFailedException;
import io.exchangekit.core.error.BrokenSessionException;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.error.OperationTimeoutException;
import io.exchangekit.core.error.PermissionDeniedException;
import io.exchangekit.core.error.RemoteError;
import io.exchangekit.core.error.ThrottledException;
import io.exchangekit.core.error.UnknownObjectException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one table that maps an Exchange/PowerShell error record to a domain exception. Each row
 * matches on the CategoryInfo reason, the FullyQualifiedErrorId or the message; the first matching
 * row wins, in declaration order. Authentication rows apply only while connecting.
 */
enum ExchangeErrorTable {
  THROTTLED(
      false,
      List.of("ThrottlingException", "OverBudgetException"),
      List.of("Throttl", "OverBudget"),
      Pattern.compile(
          "throttl|exceeded the maximum number of (connections|concurrent)|maximum number of"
              + " concurrent|Micro delay|server is busy|too many requests|budget",
          Pattern.CASE_INSENSITIVE)),
  AUTHENTICATION_FAILED(
      true,
      List.of("AuthenticationException", "MsalServiceException", "MsalClientException"),
      List.of("AccessDenied,PSSessionOpenFailed", "LogonFailure"),
      Pattern.compile(
          "Access is denied|Logon failure|AADSTS\\d+|unauthori[sz]ed|authentication failed"
              + "|user name or password is incorrect",
          Pattern.CASE_INSENSITIVE)),
  BROKEN_SESSION(
      false,
      List.of("PSInvalidOperationException", "RunspaceStateException"),
      List.of("InvalidShellID", "PSSessionStateBroken", "RemoteRunspaceStateInvalid"),
      Pattern.compile(
          "shell was not found|session state is Broken|runspace is not in the Opened state"
              + "|connection to the remote server .* (lost|closed)|PSSession .* not available",
          Pattern.CASE_INSENSITIVE)),
  TIMEOUT(
      false,
      List.of("TimeoutException", "OperationTimeoutException"),
      List.of("Timeout"),
      Pattern.compile("timed out|timeout", Pattern.CASE_INSENSITIVE)),
  NOT_FOUND(
      false,
      List.of("ManagementObjectNotFoundException", "MemberNotFoundException"),
      List.of("ManagementObjectNotFound"),
      Pattern.compile(
          "couldn't be found|Couldn't find (object|database)|does not exist|isn't a member",
          Pattern.CASE_INSENSITIVE)),
  ALREADY_EXISTS(
      false,
      List.of(
          "ADObjectAlreadyExistsException",
          "ProxyAddressExistsException",
          "MemberAlreadyExistsException"),
      List.of("AlreadyExists", "ProxyAddressExists"),
      Pattern.compile(
          "already exists|is already being used|already a member", Pattern.CASE_INSENSITIVE)),
  PERMISSION_DENIED(
      false,
      List.of("UnauthorizedAccessException", "ADOperationException", "SecurityException"),
      List.of("UnauthorizedAccess", "AccessDenied", "CmdletAccessDenied"),
      Pattern.compile(
          "Access is denied|Insufficient access rights|isn't allowed|not allowed to|"
              + "doesn't have (the )?permission|not authorized|is not recognized as the name of a"
              + " cmdlet",
          Pattern.CASE_INSENSITIVE)),
  INVALID_VALUE(
      false,
      List.of(
          "ParameterBindingException",
          "DataValidationException",
          "ArgumentException",
          "ArgumentOutOfRangeException",
          "FormatException",
          "RecipientTaskException",
          "ManagementObjectAmbiguousException",
          "ParseException"),
      List.of("ParameterBinding", "NamedParameterNotFound", "CannotConvertArgument", "Argument"),
      Pattern.compile(
          "Cannot (bind|validate|process argument|convert)|is not valid|isn't valid|invalid|"
              + "matches multiple entries|A parameter cannot be found",
          Pattern.CASE_INSENSITIVE));

  /** Where a failure happened: while connecting, authentication rows apply. */
  enum Phase {
    CONNECT,
    COMMAND
  }

  private static final Pattern PARAMETER =
      Pattern.compile("parameter (?:name )?'([A-Za-z][A-Za-z0-9]*)'", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_FOUND_ON =
      Pattern.compile("The operation couldn't be performed because object '.*' couldn't be found");
  private static final Pattern DELAY =
      Pattern.compile(
          "(?:delayed|retry after|try again in)[:\\s]+(\\d+)\\s*(msecs?|ms|seconds?|s)\\b",
          Pattern.CASE_INSENSITIVE);
  static final String AD_GROUP_HINT =
      " Distribution groups created with Exchange cmdlets are visible to Exchange; a group created"
          + " directly in Active Directory may not be: check that the group exists in the Exchange"
          + " admin center.";

  private final boolean connectOnly;
  private final List<String> reasons;
  private final List<String> errorIds;
  private final Pattern message;

  ExchangeErrorTable(
      boolean connectOnly, List<String> reasons, List<String> errorIds, Pattern message) {
    this.connectOnly = connectOnly;
    this.reasons = reasons;
    this.errorIds = errorIds;
    this.message = message;
  }

  /** The first row that matches the record in this phase, by reason, error id or message. */
  static Optional<ExchangeErrorTable> classify(ErrorRecord record, Phase phase) {
    for (ExchangeErrorTable row : values()) {
      if (row.connectOnly && phase != Phase.CONNECT) {
        continue;
      }
      if (row.reasons.stream().anyMatch(r -> r.equalsIgnoreCase(record.reason()))) {
        return Optional.of(row);
      }
    }
    for (ExchangeErrorTable row : values()) {
      if (row.connectOnly && phase != Phase.CONNECT) {
        continue;
      }
      String id = record.fullyQualifiedErrorId().toLowerCase(Locale.ROOT);
      if (row.errorIds.stream().anyMatch(e -> id.contains(e.toLowerCase(Locale.ROOT)))) {
        return Optional.of(row);
      }
      if (row.message.matcher(record.message()).find()) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /**
   * The domain exception for an error record.
   *
   * @param cmdlet the cmdlet that failed, or a description of the step (connecting …)
   * @param script masks the call's secrets in every text taken from the record
   */
  static ExchangeConnectorException toException(
      ErrorRecord record, Phase phase, String cmdlet, Script script, Duration defaultBackoff) {
    String text = script.redact(stripExoPrefix(record.message()));
    String id = script.redact(record.fullyQualifiedErrorId());
    RemoteError remote =
        new RemoteError(
            "Exchange", record.reason().isEmpty() ? id : record.reason(), requestId(id));
    String message = cmdlet + " failed: " + text;
    Optional<ExchangeErrorTable> row = classify(record, phase);
    if (row.isEmpty()) {
      return new ExchangeConnectorException(message, null, remote);
    }
    return switch (row.get()) {
      case AUTHENTICATION_FAILED -> new AuthenticationFailedException(message, null, remote);
      case THROTTLED ->
          new ThrottledException(message, backoff(text).orElse(defaultBackoff), null, remote);
      case BROKEN_SESSION -> new BrokenSessionException(message, null, null, remote);
      case TIMEOUT -> new OperationTimeoutException(message, null, remote);
      case NOT_FOUND ->
          new UnknownObjectException(
              cmdlet.contains("DistributionGroup") && NOT_FOUND_ON.matcher(text).find()
                  ? message + AD_GROUP_HINT
                  : message,
              null,
              remote);
      case ALREADY_EXISTS -> new AlreadyExistsException(message, null, remote);
      case PERMISSION_DENIED -> new PermissionDeniedException(message, null, remote);
      case INVALID_VALUE -> new InvalidValueException(message, attributes(text), null, remote);
    };
  }

  /** EXO V3 prefixes messages with {@code ExXXXXXX|Type|}; keep the human part. */
  static String stripExoPrefix(String message) {
    Matcher m = Pattern.compile("^(?:Ex[0-9A-F]{6})?\\|[^|]*\\|").matcher(message);
    return m.find() ? message.substring(m.end()) : message;
  }

  private static List<String> attributes(String text) {
    Matcher m = PARAMETER.matcher(text);
    return m.find() ? List.of(m.group(1)) : List.of();
  }

  private static String requestId(String fqid) {
    Matcher m = Pattern.compile("RequestId=([^,\\]]+)").matcher(fqid);
    return m.find() ? m.group(1) : null;
  }

  static Optional<Duration> backoff(String text) {
    Matcher m = DELAY.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    long n = Long.parseLong(m.group(1));
    return Optional.of(
        m.group(2).toLowerCase(Locale.ROOT).startsWith("s")
            ? Duration.ofSeconds(n)
            : Duration.ofMillis(n));
  }
}
