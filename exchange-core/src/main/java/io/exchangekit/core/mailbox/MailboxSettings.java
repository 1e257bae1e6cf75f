package io.exchangekit.core.mailbox;

import io.exchangekit.core.error.Violation;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.recipient.ParameterMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The mailbox parameters a request sets, typed; absent parameters are left as they are. ModeratedBy
 * holds a {@link MultiValue}, LicensesToAssignJson a {@code List<LicenseSelection>}.
 */
public final class MailboxSettings {
  public static final MailboxSettings EMPTY =
      new MailboxSettings(ParameterMap.empty(MailboxParameter.class));

  private final ParameterMap<MailboxParameter> values;

  private MailboxSettings(ParameterMap<MailboxParameter> values) {
    this.values = values;
  }

  public static Builder builder() {
    return new Builder(EMPTY.values);
  }

  public Builder toBuilder() {
    return new Builder(values);
  }

  /** The parameters this request sets, in table order. */
  public Set<MailboxParameter> parameters() {
    return values.parameters();
  }

  public boolean has(MailboxParameter parameter) {
    return values.has(parameter);
  }

  public Optional<Object> value(MailboxParameter parameter) {
    return values.value(parameter);
  }

  public <T> Optional<T> get(MailboxParameter parameter, Class<T> type) {
    return value(parameter).map(type::cast);
  }

  @SuppressWarnings("unchecked")
  public List<LicenseSelection> licenses() {
    return (List<LicenseSelection>) value(MailboxParameter.LICENSES).orElse(List.of());
  }

  /** A copy without the given parameters. */
  public MailboxSettings without(Set<MailboxParameter> parameters) {
    Builder b = toBuilder();
    parameters.forEach(b::remove);
    return b.build();
  }

  public Map<MailboxParameter, Object> asMap() {
    return values.asMap();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MailboxSettings s && s.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Parameters and values; secrets print as {@code ****}. */
  @Override
  public String toString() {
    return "MailboxSettings" + values;
  }

  /**
   * Reads request attributes (name → text values), collecting a violation for every value that
   * breaks its parameter's rule. ModeratedBy and LicensesToAssignJson are structured: the caller
   * sets them with {@link Builder#set}. Names that are not mailbox parameters come back in {@link
   * Parsed#unknown()}.
   */
  public static Parsed parse(Map<String, List<String>> attributes) {
    var parsed = ParameterMap.parse(MailboxParameter.class, attributes);
    return new Parsed(new MailboxSettings(parsed.values()), parsed.violations(), parsed.unknown());
  }

  /** The outcome of {@link #parse}: settings from the valid values, and what was wrong. */
  public record Parsed(MailboxSettings settings, List<Violation> violations, List<String> unknown) {
    public Parsed {
      Objects.requireNonNull(settings, "'settings' must not be null");
      violations = List.copyOf(violations);
      unknown = List.copyOf(unknown);
    }
  }

  /** Collects typed values. */
  public static final class Builder {
    private ParameterMap<MailboxParameter> values;

    private Builder(ParameterMap<MailboxParameter> values) {
      this.values = values;
    }

    /**
     * Sets a parameter.
     *
     * @throws IllegalArgumentException when the value is not of the parameter's type
     */
    public Builder set(MailboxParameter parameter, Object value) {
      Objects.requireNonNull(value, "'" + parameter.attributeName() + "' must not be null");
      if (parameter == MailboxParameter.LICENSES) {
        List<?> list = List.copyOf((List<?>) value);
        for (Object e : list) {
          if (!(e instanceof LicenseSelection)) {
            throw new IllegalArgumentException("'LicensesToAssignJson' takes licence selections");
          }
        }
        value = list;
      }
      values = values.with(parameter, value);
      return this;
    }

    public Builder remove(MailboxParameter parameter) {
      values = values.with(parameter, null);
      return this;
    }

    public MailboxSettings build() {
      return new MailboxSettings(values);
    }
  }
}
