package io.exchangekit.adapter.openiam.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request attribute: its name (compared ignoring case), the operation of the attribute as a whole
 * and its values, each with its own operation. The values of password attributes never print.
 *
 * @param name the attribute name; never null
 * @param operation the attribute's operation, also the default of its values; never null
 * @param values the values; never null, may be empty
 */
public record OpenIamAttribute(
    String name, AttributeOperation operation, List<OpenIamValue> values) {
  /** Attribute names whose values are secrets (as OpenIAM masks them). */
  public static final Set<String> SECRET_NAMES =
      Set.of("password", "accountpassword", "unicodepwd", "userpassword");

  public OpenIamAttribute {
    Objects.requireNonNull(name, "'name' must not be null");
    Objects.requireNonNull(operation, "'operation' must not be null");
    values = List.copyOf(values);
  }

  /** An attribute whose values all carry the attribute's operation. */
  public static OpenIamAttribute of(String name, AttributeOperation operation, String... values) {
    return new OpenIamAttribute(
        name,
        operation,
        java.util.Arrays.stream(values).map(v -> new OpenIamValue(v, operation)).toList());
  }

  /** An attribute set to the given values (REPLACE). */
  public static OpenIamAttribute of(String name, String... values) {
    return of(name, AttributeOperation.REPLACE, values);
  }

  /** True when this attribute is called {@code other}, ignoring case. */
  public boolean isNamed(String other) {
    return name.equalsIgnoreCase(other);
  }

  /** True when the values are secrets and must never print. */
  public boolean isSecret() {
    return SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT));
  }

  /** The value texts, in order. */
  public List<String> texts() {
    return values.stream().map(OpenIamValue::value).toList();
  }

  @Override
  public String toString() {
    String shown =
        isSecret()
            ? "****"
            : values.stream()
                .map(v -> v.operation() == operation ? v.value() : v.operation() + ":" + v.value())
                .collect(Collectors.joining(", ", "[", "]"));
    return name + "(" + operation + ")=" + shown;
  }
}
