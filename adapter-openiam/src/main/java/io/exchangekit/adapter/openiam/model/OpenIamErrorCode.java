package io.exchangekit.adapter.openiam.model;

/** The error codes of OpenIAM's {@code ErrorCode} vocabulary that this connector reports. */
public enum OpenIamErrorCode {
  NO_SUCH_OBJECT("noSuchObject"),
  ALREADY_EXISTS("alreadyExists"),
  INVALID_ATTRIBUTE("invalidAttribute"),
  INVALID_IDENTIFIER("invalidIdentifier"),
  INVALID_CONFIGURATION("invalidConfiguration"),
  MALFORMED_REQUEST("malformedRequest"),
  UNSUPPORTED_OPERATION("unsupportedOperation"),
  AUTHENTICATION_FAILED("authenticationFailed"),
  INSUFFICIENT_RIGHTS("insufficientRights"),
  SYSTEM_UNAVAILABLE("systemUnavailable"),
  TIME_LIMIT_EXCEEDED("timeLimitExceeded"),
  OTHER_ERROR("otherError");

  private final String wireName;

  OpenIamErrorCode(String wireName) {
    this.wireName = wireName;
  }

  /** The exact string of OpenIAM's vocabulary, e.g. {@code noSuchObject}. */
  public String wireName() {
    return wireName;
  }

  @Override
  public String toString() {
    return wireName;
  }
}
