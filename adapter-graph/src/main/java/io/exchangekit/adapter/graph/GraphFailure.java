package io.exchangekit.adapter.graph;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A failed Graph call reduced to what the error table needs: HTTP status, OData error code, the
 * codes of {@code error.details[]} (e.g. {@code ObjectConflict}), message, request id and the
 * {@code Retry-After} wait, if any. Vendor exceptions stay the cause.
 */
record GraphFailure(
    int status,
    String code,
    List<String> detailCodes,
    String message,
    String requestId,
    Optional<Duration> retryAfter,
    Throwable cause) {

  GraphFailure {
    detailCodes = List.copyOf(detailCodes);
  }

  GraphFailure(
      int status,
      String code,
      String message,
      String requestId,
      Optional<Duration> retryAfter,
      Throwable cause) {
    this(status, code, List.of(), message, requestId, retryAfter, cause);
  }

  boolean retryable() {
    return status == 429
        || status == 503
        || status == 504
        || "Request_ThrottledTemporarily".equals(code);
  }
}
