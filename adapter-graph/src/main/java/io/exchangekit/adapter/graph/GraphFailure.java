package io.exchangekit.adapter.graph;

import java.time.Duration;
import java.util.Optional;

/**
 * A failed Graph call reduced to what the error table needs: HTTP status, OData error code and
 * message, request id and the {@code Retry-After} wait, if any. Vendor exceptions stay the cause.
 */
record GraphFailure(
    int status,
    String code,
    String message,
    String requestId,
    Optional<Duration> retryAfter,
    Throwable cause) {

  boolean retryable() {
    return status == 429
        || status == 503
        || status == 504
        || "Request_ThrottledTemporarily".equals(code);
  }
}
