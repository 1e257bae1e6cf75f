package io.exchangekit.adapter.graph;

import io.exchangekit.core.error.AlreadyExistsException;
import io.exchangekit.core.error.AuthenticationFailedException;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.error.PermissionDeniedException;
import io.exchangekit.core.error.RemoteError;
import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.error.ThrottledException;
import io.exchangekit.core.error.UnknownObjectException;
import java.util.List;
import java.util.Locale;

/**
 * The one table that turns a Graph error into the domain's exception. It classifies by the HTTP
 * status and OData code first, then by the codes of {@code error.details[]} (Graph sends {@code
 * ObjectConflict} for a taken UPN), and only where Graph reuses {@code Request_BadRequest} for
 * several causes by a fragment of the English message, as the captures in docs/fidelity.md show it.
 * The first matching row wins; Graph's code and request id travel in the exception's {@link
 * RemoteError}.
 */
enum GraphErrorTable {
  USER_NOT_FOUND(404, "Request_ResourceNotFound", null, null, Kind.NOT_FOUND),
  ANY_NOT_FOUND(404, null, null, null, Kind.NOT_FOUND),
  UPN_TAKEN(400, "Request_BadRequest", "ObjectConflict", null, Kind.ALREADY_EXISTS),
  UPN_TAKEN_BY_TEXT(400, "Request_BadRequest", null, "already exists", Kind.ALREADY_EXISTS),
  CONFLICTING_OBJECT(400, "Request_BadRequest", null, "conflicting object", Kind.ALREADY_EXISTS),
  NO_USAGE_LOCATION(
      400, "Request_BadRequest", null, "invalid usage location", Kind.INVALID, "UsageLocation"),
  BAD_USAGE_LOCATION(
      400, "Request_BadRequest", null, "usagelocation is invalid", Kind.INVALID, "UsageLocation"),
  NO_FREE_SEATS(
      400,
      "Request_BadRequest",
      null,
      "does not have any available licenses",
      Kind.INVALID,
      "LicensesToAssignJson"),
  UNKNOWN_SKU(
      400,
      "Request_BadRequest",
      null,
      "does not correspond to a valid company license",
      Kind.INVALID,
      "LicensesToAssignJson"),
  LICENCE_NOT_HELD(
      400,
      "Request_BadRequest",
      null,
      "does not have a corresponding license",
      Kind.INVALID,
      "LicensesToAssignJson"),
  PLAN_NOT_IN_SKU(
      400, "Request_BadRequest", null, "service plan", Kind.INVALID, "LicensesToAssignJson"),
  WEAK_PASSWORD(400, "Request_BadRequest", null, "password complexity", Kind.INVALID, "Password"),
  UNVERIFIED_DOMAIN(
      400, "Request_BadRequest", null, "domain portion", Kind.INVALID, "UserPrincipalName"),
  THROTTLED_TEMPORARILY(-1, "Request_ThrottledTemporarily", null, null, Kind.THROTTLED),
  BAD_REQUEST(400, null, null, null, Kind.INVALID),
  TOKEN_REJECTED(401, null, null, null, Kind.AUTHENTICATION),
  PRIVILEGES(403, "Authorization_RequestDenied", null, null, Kind.PERMISSION),
  FORBIDDEN(403, null, null, null, Kind.PERMISSION),
  TOO_MANY_REQUESTS(429, null, null, null, Kind.THROTTLED),
  BAD_GATEWAY(502, null, null, null, Kind.UNAVAILABLE),
  UNAVAILABLE(503, null, null, null, Kind.UNAVAILABLE),
  GATEWAY_TIMEOUT(504, null, null, null, Kind.UNAVAILABLE),
  OTHER(-1, null, null, null, Kind.OTHER);

  static final String SOURCE = "Graph";

  enum Kind {
    NOT_FOUND,
    ALREADY_EXISTS,
    INVALID,
    AUTHENTICATION,
    PERMISSION,
    THROTTLED,
    UNAVAILABLE,
    OTHER
  }

  private final int status;
  private final String code;
  private final String detailCode;
  private final String fragment;
  final Kind kind;
  private final List<String> attributes;

  GraphErrorTable(
      int status,
      String code,
      String detailCode,
      String fragment,
      Kind kind,
      String... attributes) {
    this.status = status;
    this.code = code;
    this.detailCode = detailCode;
    this.fragment = fragment;
    this.kind = kind;
    this.attributes = List.of(attributes);
  }

  static GraphErrorTable row(GraphFailure f) {
    String message = f.message() == null ? "" : f.message().toLowerCase(Locale.ROOT);
    for (GraphErrorTable row : values()) {
      if ((row.status == -1 || row.status == f.status())
          && (row.code == null || row.code.equalsIgnoreCase(f.code()))
          && (row.detailCode == null || f.detailCodes().contains(row.detailCode))
          && (row.fragment == null || message.contains(row.fragment))) {
        return row;
      }
    }
    return OTHER;
  }

  /** The domain exception for a failed call of {@code operation}. */
  static ExchangeConnectorException toException(String operation, GraphFailure f) {
    GraphErrorTable row = row(f);
    RemoteError remote =
        new RemoteError(SOURCE, f.code() == null ? "HTTP" + f.status() : f.code(), f.requestId());
    String text =
        "Graph "
            + operation
            + " failed: "
            + (f.message() == null || f.message().isBlank() ? "no error message" : f.message())
            + " (HTTP "
            + f.status()
            + (f.code() == null ? "" : " " + f.code())
            + (f.requestId() == null ? "" : ", request-id " + f.requestId())
            + ")";
    Throwable cause = f.cause();
    return switch (row.kind) {
      case NOT_FOUND -> new UnknownObjectException(text, cause, remote);
      case ALREADY_EXISTS -> new AlreadyExistsException(text, cause, remote);
      case INVALID -> new InvalidValueException(text, row.attributes, cause, remote);
      case AUTHENTICATION -> new AuthenticationFailedException(text, cause, remote);
      case PERMISSION ->
          new PermissionDeniedException(
              text + ": " + GraphPermissionsNeeded.explain(operation), cause, remote);
      case THROTTLED -> new ThrottledException(text, f.retryAfter().orElse(null), cause, remote);
      case UNAVAILABLE ->
          new ServiceUnavailableException(text, f.retryAfter().orElse(null), cause, remote);
      case OTHER -> new ExchangeConnectorException(text, cause, remote);
    };
  }
}
