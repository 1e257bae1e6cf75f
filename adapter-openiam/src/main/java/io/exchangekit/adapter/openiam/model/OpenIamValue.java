package io.exchangekit.adapter.openiam.model;

import java.util.Objects;

/**
 * One value of an attribute with its own operation (OpenIAM 4.x sends an operation per value).
 *
 * @param value the text; never null
 * @param operation what to do with it; never null
 */
public record OpenIamValue(String value, AttributeOperation operation) {
  public OpenIamValue {
    Objects.requireNonNull(value, "'value' must not be null");
    Objects.requireNonNull(operation, "'operation' must not be null");
  }
}
