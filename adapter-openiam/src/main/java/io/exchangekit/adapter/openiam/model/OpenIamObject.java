package io.exchangekit.adapter.openiam.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One object a SEARCH found: its identity and the requested attributes, each a list of texts, or
 * null when the object has no such attribute.
 *
 * @param identityName never null
 * @param attributes in the requested order; values are null for absent attributes; never null
 */
public record OpenIamObject(String identityName, Map<String, List<String>> attributes) {
  public OpenIamObject {
    Objects.requireNonNull(identityName, "'identityName' must not be null");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    attributes.forEach((k, v) -> copy.put(k, v == null ? null : List.copyOf(v)));
    attributes = Collections.unmodifiableMap(copy);
  }
}
