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
import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.error.ThrottledException;
import io.exchangekit.core.error.UnknownObjectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one table that maps an Exchange/PowerShell error record to a domain exception. A record is
 * classified by what does not depend on the host's language first, and by its English text last:
 *
 * <ol>
 *   <li>the WinRM error code in a {@code <code>,PSSessionOpenFailed} FullyQualifiedErrorId (the
 *       WS-Management quota codes mean the shell limit, whatever language the text is in);
 *   <li>the exception type in a {@code [FailureCategory=Cmdlet-<Type>]} marker, in {@code
 *       CategoryInfo.Reason}, or embedded in an Exchange Online message as {@code
 *       Ex<hex>|<Namespace>.<Type>|} or in a REST error body's {@code "type"};
 *   <li>the HTTP status of an Exchange Online REST failure ({@code HttpStatusCode=500}): 429 is
 *       throttling, 5xx a transient failure that is retried;
 *   <li>the error ids in the FullyQualifiedErrorId;
 *   <li>the English message.
 * </ol>
 *
 * Within a step the first matching row wins, in declaration order. Authentication rows apply only
 * while connecting. Sources of each signal: docs/fidelity.md, "Error records".
 */
enum ExchangeErrorTable {
  THROTTLED(
      false,
      List.of("ThrottlingException", "OverBudgetException", "TooManyRequestsException"),
      List.of("Throttl", "OverBudget"),
      Pattern.compile(
          "throttl|exceeded the maximum number of (connections|concurrent)|maximum number of"
              + " concurrent|concurrent shells|Micro delay|server is busy|too many requests"
              + "|budget",
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
  /** A failure the service itself calls transient: the same call is repeated after a pause. */
  TRANSIENT(
      false,
      List.of(
          "ADTransientException",
          "TransientException",
          "StorageTransientException",
          "ServiceUnavailableException"),
      List.of(),
      Pattern.compile("Error while querying REST service\\. HttpStatusCode=5\\d\\d")),
  NOT_FOUND(
      false,
      List.of("ManagementObjectNotFoundException", "MemberNotFoundException"),
      List.of("ManagementObjectNotFound"),
      Pattern.compile(
          "couldn't be found|Couldn't find (object|database)|does not exist|doesn't exist"
              + "|isn't a member",
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

  /**
   * WS-Management's quota codes (wsmerror.h, as PowerShell's CimChildJobBase lists them): a {@code
   * New-PSSession} refused with one of them hit a shell or operation limit.
   */
  private static final Set<Integer> WSMAN_QUOTA_CODES =
      Set.of(
          (int) 0x803381A5L, // ERROR_WSMAN_QUOTA_MAX_SHELLS
          (int) 0x803381A6L, // ERROR_WSMAN_QUOTA_MAX_OPERATIONS
          (int) 0x803381A7L, // ERROR_WSMAN_QUOTA_USER
          (int) 0x803381A8L, // ERROR_WSMAN_QUOTA_SYSTEM
          (int) 0x803381ABL, // ERROR_WSMAN_QUOTA_MAX_SHELLUSERS
          (int) 0x803381E4L, // ERROR_WSMAN_QUOTA_MAX_SHELLS_PPQ
          (int) 0x803381E5L, // ERROR_WSMAN_QUOTA_MAX_USERS_PPQ
          (int) 0x803381E6L, // ERROR_WSMAN_QUOTA_MAX_PLUGINSHELLS_PPQ
          (int) 0x803381E7L, // ERROR_WSMAN_QUOTA_MAX_PLUGINOPERATIONS_PPQ
          (int) 0x803381E8L, // ERROR_WSMAN_QUOTA_MAX_OPERATIONS_USER_PPQ
          (int) 0x803381E9L, // ERROR_WSMAN_QUOTA_MAX_COMMANDS_PER_SHELL_PPQ
          (int) 0x803381EAL); // ERROR_WSMAN_QUOTA_MIN_REQUIREMENT_NOT_AVAILABLE_PPQ

  private static final Pattern WINRM_CODE =
      Pattern.compile("(?:^|[\\s\\]])(-?\\d{6,11})\\s*,\\s*PSSessionOpenFailed");
  private static final Pattern WINRM_HEX = Pattern.compile("\\b0x(8033[0-9A-Fa-f]{4})\\b");
  private static final Pattern FAILURE_CATEGORY =
      Pattern.compile("\\[FailureCategory=Cmdlet-([A-Za-z]+)\\]");
  private static final Pattern EMBEDDED_TYPE =
      Pattern.compile(
          "(?:^|(?<=[\\s\"'(:]))(?:Ex[0-9A-Fa-f]{6})?\\|(?:[A-Za-z_]\\w*\\.)+([A-Za-z_]\\w*)\\|");
  private static final Pattern FAILURE_MARKER = Pattern.compile("\\[FailureCategory=[^\\]]*\\]");
  private static final Pattern REST_TYPE =
      Pattern.compile(
          "\\\\?\"type\\\\?\"\\s*:\\s*\\\\?\"(?:[A-Za-z_][\\w]*\\.)*([A-Za-z_]\\w*Exception)\\\\?\"");
  private static final Pattern HTTP_STATUS = Pattern.compile("HttpStatusCode=(\\d{3})");

  /** The first row that matches the record in this phase; see the class comment for the order. */
  static Optional<ExchangeErrorTable> classify(ErrorRecord record, Phase phase) {
    String fqid = record.fullyQualifiedErrorId();
    String message = record.message();
    Optional<ExchangeErrorTable> row = byWinRmCode(fqid + " " + message);
    if (row.isPresent()) {
      return row;
    }
    for (String type : exceptionTypes(record)) {
      row = byReason(type, phase);
      if (row.isPresent()) {
        return row;
      }
    }
    row = byHttpStatus(message, phase);
    if (row.isPresent()) {
      return row;
    }
    StringBuilder ids = new StringBuilder(fqid);
    Matcher marker = FAILURE_MARKER.matcher(message);
    while (marker.find()) {
      ids.append(' ').append(marker.group());
    }
    String id = ids.toString().toLowerCase(Locale.ROOT);
    for (ExchangeErrorTable r : values()) {
      if (applies(r, phase)
          && r.errorIds.stream().anyMatch(e -> id.contains(e.toLowerCase(Locale.ROOT)))) {
        return Optional.of(r);
      }
    }
    for (ExchangeErrorTable r : values()) {
      if (applies(r, phase) && r.message.matcher(message).find()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static boolean applies(ExchangeErrorTable row, Phase phase) {
    return !row.connectOnly || phase == Phase.CONNECT;
  }

  /** A WS-Management quota code, as the error id's number or as a hexadecimal code in the text. */
  private static Optional<ExchangeErrorTable> byWinRmCode(String text) {
    Matcher m = WINRM_CODE.matcher(text);
    while (m.find()) {
      try {
        if (WSMAN_QUOTA_CODES.contains((int) Long.parseLong(m.group(1)))) {
          return Optional.of(THROTTLED);
        }
      } catch (NumberFormatException e) {
        // not a code
      }
    }
    Matcher h = WINRM_HEX.matcher(text);
    while (h.find()) {
      if (WSMAN_QUOTA_CODES.contains((int) Long.parseLong(h.group(1), 16))) {
        return Optional.of(THROTTLED);
      }
    }
    return Optional.empty();
  }

  /**
   * The exception types the record names, most specific first: the {@code
   * [FailureCategory=Cmdlet-…]} marker, CategoryInfo.Reason, the type embedded in an Exchange
   * Online message and the type in a REST error body.
   */
  static List<String> exceptionTypes(ErrorRecord record) {
    List<String> types = new ArrayList<>();
    Matcher f = FAILURE_CATEGORY.matcher(record.fullyQualifiedErrorId() + " " + record.message());
    while (f.find()) {
      types.add(f.group(1));
    }
    if (!record.reason().isBlank()) {
      types.add(record.reason().strip());
    }
    Matcher e = EMBEDDED_TYPE.matcher(record.message());
    while (e.find()) {
      types.add(e.group(1));
    }
    Matcher r = REST_TYPE.matcher(record.message());
    while (r.find()) {
      types.add(r.group(1));
    }
    return types;
  }

  private static Optional<ExchangeErrorTable> byReason(String type, Phase phase) {
    for (ExchangeErrorTable row : values()) {
      if (applies(row, phase) && row.reasons.stream().anyMatch(r -> r.equalsIgnoreCase(type))) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /** The HTTP status an Exchange Online REST failure reports. */
  private static Optional<ExchangeErrorTable> byHttpStatus(String message, Phase phase) {
    Matcher m = HTTP_STATUS.matcher(message);
    if (!m.find()) {
      return Optional.empty();
    }
    int status = Integer.parseInt(m.group(1));
    if (status == 429) {
      return Optional.of(THROTTLED);
    }
    if (status >= 500) {
      return Optional.of(TRANSIENT);
    }
    if (status == 404) {
      return Optional.of(NOT_FOUND);
    }
    if (status == 401) {
      return Optional.of(phase == Phase.CONNECT ? AUTHENTICATION_FAILED : PERMISSION_DENIED);
    }
    if (status == 403) {
      return Optional.of(PERMISSION_DENIED);
    }
    if (status == 408) {
      return Optional.of(TIMEOUT);
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
    List<String> types = exceptionTypes(record);
    RemoteError remote =
        new RemoteError("Exchange", types.isEmpty() ? id : types.get(0), requestId(id));
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
      case TRANSIENT ->
          new ServiceUnavailableException(
              message, backoff(text).orElse(defaultBackoff), null, remote);
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
