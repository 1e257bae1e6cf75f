package io.exchangekit.core.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One recipient a search found: its identity and its properties as Exchange printed them (a
 * property with no value maps to an empty list; multi-valued properties have several entries).
 */
public record RecipientRecord(String identity, Map<String, List<String>> properties) {
  public RecipientRecord {
    Objects.requireNonNull(identity, "'identity' must not be null");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    properties.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    properties = Collections.unmodifiableMap(copy);
  }
}
