package io.exchangekit.adapter.openiam.model;

import io.exchangekit.core.recipient.Secret;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The managed-system header of a request: login, URL, AppAuth, Organization, CertificateThumbprint
 * … as texts (keys compared ignoring case), and the password as a {@link Secret}.
 *
 * @param values the plain entries; never null
 * @param password the service account's password (or certificate secret); never null
 */
public record OpenIamMetaData(Map<String, String> values, Optional<Secret> password) {
  public static final OpenIamMetaData EMPTY = new OpenIamMetaData(Map.of(), Optional.empty());

  public OpenIamMetaData {
    Objects.requireNonNull(password, "'password' must not be null");
    Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    values.forEach(
        (k, v) -> {
          if (!k.equalsIgnoreCase("password") && v != null) {
            copy.put(k, v);
          }
        });
    values = Collections.unmodifiableMap(copy);
  }

  /** The entry called {@code key} (ignoring case), when present and not blank. */
  public Optional<String> value(String key) {
    return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
  }

  /** Entries with the password masked. */
  @Override
  public String toString() {
    return "OpenIamMetaData" + values + (password.isPresent() ? " password=****" : "");
  }
}
