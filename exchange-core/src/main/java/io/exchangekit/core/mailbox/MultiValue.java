package io.exchangekit.core.mailbox;

import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A change to a multi-valued parameter such as ModeratedBy or a group's members. */
public record MultiValue(ValueOperation operation, List<RecipientIdentity> values) {
  public MultiValue {
    Objects.requireNonNull(operation, "'operation' must not be null");
    values = List.copyOf(values);
  }

  public static MultiValue replace(List<RecipientIdentity> values) {
    return new MultiValue(ValueOperation.REPLACE, values);
  }

  /**
   * The values after this change is applied to {@code current} (identities compare ignoring case).
   */
  public Set<String> applyTo(Set<String> current) {
    Set<String> keys = keys(values);
    Set<String> result = new LinkedHashSet<>();
    switch (operation) {
      case REPLACE -> values.forEach(v -> result.add(v.value()));
      case ADD -> {
        result.addAll(current);
        Set<String> have = lower(current);
        values.stream()
            .filter(v -> !have.contains(key(v.value())))
            .forEach(v -> result.add(v.value()));
      }
      case DELETE -> current.stream().filter(c -> !keys.contains(key(c))).forEach(result::add);
    }
    return result;
  }

  static String key(String identity) {
    return identity.toLowerCase(Locale.ROOT);
  }

  static Set<String> lower(Set<String> values) {
    return values.stream().map(MultiValue::key).collect(Collectors.toSet());
  }

  private static Set<String> keys(List<RecipientIdentity> values) {
    return values.stream().map(v -> key(v.value())).collect(Collectors.toSet());
  }

  /** Entries of {@code desired} missing from {@code current}, ignoring case. */
  public static List<String> added(Set<String> current, Set<String> desired) {
    Set<String> have = lower(current);
    return desired.stream().filter(d -> !have.contains(key(d))).toList();
  }

  /** Entries of {@code current} missing from {@code desired}, ignoring case. */
  public static List<String> removed(Set<String> current, Set<String> desired) {
    return added(desired, current);
  }
}
