package io.exchangekit.adapter.openiam;

import io.exchangekit.adapter.openiam.model.OpenIamErrorCode;
import io.exchangekit.core.error.AlreadyExistsException;
import io.exchangekit.core.error.AuthenticationFailedException;
import io.exchangekit.core.error.BrokenSessionException;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.error.MailboxNotProvisionedYetException;
import io.exchangekit.core.error.ModeNotSupportedException;
import io.exchangekit.core.error.OperationTimeoutException;
import io.exchangekit.core.error.PermissionDeniedException;
import io.exchangekit.core.error.RetryableException;
import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.error.ThrottledException;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.error.ValidationException;
import io.exchangekit.core.error.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The one table from the domain's exceptions to OpenIAM error codes. Rows are tried in order, the
 * first whose type matches wins, so subclasses come before their parents.
 */
enum ErrorTable {
  VALIDATION(ValidationException.class, OpenIamErrorCode.INVALID_ATTRIBUTE),
  INVALID_VALUE(InvalidValueException.class, OpenIamErrorCode.INVALID_ATTRIBUTE),
  UNKNOWN_OBJECT(UnknownObjectException.class, OpenIamErrorCode.NO_SUCH_OBJECT),
  ALREADY_EXISTS(AlreadyExistsException.class, OpenIamErrorCode.ALREADY_EXISTS),
  AUTHENTICATION(AuthenticationFailedException.class, OpenIamErrorCode.AUTHENTICATION_FAILED),
  PERMISSION(PermissionDeniedException.class, OpenIamErrorCode.INSUFFICIENT_RIGHTS),
  MODE_NOT_SUPPORTED(ModeNotSupportedException.class, OpenIamErrorCode.UNSUPPORTED_OPERATION),
  TIMEOUT(OperationTimeoutException.class, OpenIamErrorCode.TIME_LIMIT_EXCEEDED),
  NOT_PROVISIONED_YET(MailboxNotProvisionedYetException.class, OpenIamErrorCode.SYSTEM_UNAVAILABLE),
  THROTTLED(ThrottledException.class, OpenIamErrorCode.SYSTEM_UNAVAILABLE),
  UNAVAILABLE(ServiceUnavailableException.class, OpenIamErrorCode.SYSTEM_UNAVAILABLE),
  BROKEN_SESSION(BrokenSessionException.class, OpenIamErrorCode.SYSTEM_UNAVAILABLE),
  RETRYABLE(RetryableException.class, OpenIamErrorCode.SYSTEM_UNAVAILABLE),
  ANY(ExchangeConnectorException.class, OpenIamErrorCode.OTHER_ERROR);

  private final Class<? extends ExchangeConnectorException> type;
  private final OpenIamErrorCode code;

  ErrorTable(Class<? extends ExchangeConnectorException> type, OpenIamErrorCode code) {
    this.type = type;
    this.code = code;
  }

  OpenIamErrorCode code() {
    return code;
  }

  /** The row for an exception; {@link #ANY} when no other matches. */
  static ErrorTable of(ExchangeConnectorException e) {
    for (ErrorTable row : values()) {
      if (row.type.isInstance(e)) {
        return row;
      }
    }
    return ANY;
  }

  /** The response messages: every violation, or the message with the target's error code. */
  static List<String> messages(ExchangeConnectorException e) {
    List<String> messages = new ArrayList<>();
    if (e instanceof ValidationException v) {
      v.violations().stream().map(Violation::toString).forEach(messages::add);
      return messages;
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof InvalidValueException iv && !iv.attributes().isEmpty()) {
      message += " (attributes: " + String.join(", ", iv.attributes()) + ")";
    }
    messages.add(message);
    e.remoteError()
        .ifPresent(
            r ->
                messages.add(
                    r.source()
                        + " error "
                        + r.code()
                        + (r.requestId() == null ? "" : " (request id " + r.requestId() + ")")));
    if (e instanceof RetryableException r) {
      r.retryAfter()
          .ifPresent(d -> messages.add("retry after " + Math.max(1, d.toSeconds()) + " seconds"));
    }
    return messages;
  }
}
