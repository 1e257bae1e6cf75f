package io.exchangekit.core.error;

import java.util.Objects;

/**
 * An error as the target reported it: {@code source} is "Exchange" or "Graph", {@code code} the
 * category, FullyQualifiedErrorId or OData code, {@code requestId} the target's request id or null.
 */
public record RemoteError(String source, String code, String requestId) {
  public RemoteError {
    Objects.requireNonNull(source, "'source' must not be null");
    Objects.requireNonNull(code, "'code' must not be null");
  }
}
