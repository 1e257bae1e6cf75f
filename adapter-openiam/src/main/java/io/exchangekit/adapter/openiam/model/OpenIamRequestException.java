package io.exchangekit.adapter.openiam.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request that cannot be run as sent: not JSON, an unknown operation, a missing field, a bad
 * managed-system setting. It carries the error code and messages for the FAILURE response; the
 * messages never contain secrets.
 */
public class OpenIamRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final OpenIamErrorCode errorCode;
  private final transient List<String> messages;
  private final String requestId;

  public OpenIamRequestException(OpenIamErrorCode errorCode, String message) {
    this(errorCode, List.of(message));
  }

  public OpenIamRequestException(OpenIamErrorCode errorCode, List<String> messages) {
    this(errorCode, messages, null);
  }

  private OpenIamRequestException(
      OpenIamErrorCode errorCode, List<String> messages, String requestId) {
    super(String.join("; ", messages));
    this.errorCode = Objects.requireNonNull(errorCode, "'errorCode' must not be null");
    this.messages = List.copyOf(messages);
    this.requestId = requestId;
  }

  /** The same failure, for the request with this id. */
  public OpenIamRequestException withRequestId(Optional<String> id) {
    OpenIamRequestException e = new OpenIamRequestException(errorCode, messages, id.orElse(null));
    e.setStackTrace(getStackTrace());
    return e;
  }

  /** The id of the failed request, when it could be read. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  public OpenIamErrorCode errorCode() {
    return errorCode;
  }

  /** One entry per problem; never empty. */
  public List<String> messages() {
    return messages;
  }
}
