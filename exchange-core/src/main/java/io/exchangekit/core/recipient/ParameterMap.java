package io.exchangekit.core.recipient;

import io.exchangekit.core.error.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Typed values keyed by a parameter enum, each checked against its parameter's type. The shared
 * machinery of mailbox and group settings, including reading request text while collecting every
 * violation.
 */
public final class ParameterMap<P extends Enum<P> & SettingParameter> {
  private final Class<P> type;
  private final Map<P, Object> values;

  private ParameterMap(Class<P> type, Map<P, Object> values) {
    this.type = type;
    this.values =
        Collections.unmodifiableMap(values.isEmpty() ? new EnumMap<>(type) : new EnumMap<>(values));
  }

  public static <P extends Enum<P> & SettingParameter> ParameterMap<P> empty(Class<P> type) {
    return new ParameterMap<>(type, new EnumMap<>(type));
  }

  public Set<P> parameters() {
    return values.keySet();
  }

  public boolean has(P parameter) {
    return values.containsKey(parameter);
  }

  public Optional<Object> value(P parameter) {
    return Optional.ofNullable(values.get(parameter));
  }

  public Map<P, Object> asMap() {
    return values;
  }

  /** A copy with {@code parameter} set to {@code value}, or removed when the value is null. */
  public ParameterMap<P> with(P parameter, Object value) {
    Objects.requireNonNull(parameter, "'parameter' must not be null");
    EnumMap<P, Object> copy = new EnumMap<>(type);
    copy.putAll(values);
    if (value == null) {
      copy.remove(parameter);
    } else {
      if (!parameter.valueType().isInstance(value)) {
        throw new IllegalArgumentException(
            "'"
                + parameter.attributeName()
                + "' takes a "
                + parameter.valueType().getSimpleName()
                + " but got a "
                + value.getClass().getSimpleName());
      }
      copy.put(parameter, value);
    }
    return new ParameterMap<>(type, copy);
  }

  /** Finds a parameter by attribute name, ignoring case. */
  public static <P extends Enum<P> & SettingParameter> Optional<P> byAttributeName(
      Class<P> type, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (P p : type.getEnumConstants()) {
      if (p.attributeName().toLowerCase(Locale.ROOT).equals(n)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads request attributes (name → texts). Single-text parameters are parsed; structured ones are
   * left for the caller; unknown names are reported, not fatal.
   */
  public static <P extends Enum<P> & SettingParameter> Parsed<P> parse(
      Class<P> type, Map<String, List<String>> attributes) {
    ParameterMap<P> map = empty(type);
    List<Violation> violations = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : attributes.entrySet()) {
      Optional<P> p = byAttributeName(type, e.getKey());
      if (p.isEmpty()) {
        unknown.add(e.getKey());
        continue;
      }
      if (!p.get().isSingleText()) {
        continue;
      }
      List<String> texts = e.getValue();
      if (texts.size() != 1) {
        violations.add(
            new Violation(
                p.get().attributeName(),
                "takes exactly one value but " + texts.size() + " were given"));
        continue;
      }
      try {
        map = map.with(p.get(), p.get().parse(texts.get(0)));
      } catch (IllegalArgumentException | NullPointerException ex) {
        violations.add(new Violation(p.get().attributeName(), ruleText(ex.getMessage())));
      }
    }
    return new Parsed<>(map, violations, unknown);
  }

  static String ruleText(String message) {
    // "'Name' must be …" → "must be …": the violation names the parameter already
    return message == null ? "is invalid" : message.replaceFirst("^'[^']*' ", "");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParameterMap<?> m && m.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Parameters and values; secrets print as {@code ****}. */
  @Override
  public String toString() {
    return values.toString();
  }

  /** The outcome of {@link #parse}: the valid values and what was wrong. */
  public record Parsed<P extends Enum<P> & SettingParameter>(
      ParameterMap<P> values, List<Violation> violations, List<String> unknown) {
    public Parsed {
      violations = List.copyOf(violations);
      unknown = List.copyOf(unknown);
    }
  }
}
