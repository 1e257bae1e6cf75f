package io.exchangekit.core.group;

import io.exchangekit.core.error.Violation;
import io.exchangekit.core.recipient.ParameterMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The distribution-group parameters a request sets, typed; absent ones stay as they are. Members,
 * ManagedBy and ModeratedBy hold {@link io.exchangekit.core.mailbox.MultiValue} changes.
 */
public final class DistributionGroupSettings {
  public static final DistributionGroupSettings EMPTY =
      new DistributionGroupSettings(ParameterMap.empty(GroupParameter.class));

  private final ParameterMap<GroupParameter> values;

  private DistributionGroupSettings(ParameterMap<GroupParameter> values) {
    this.values = values;
  }

  public Set<GroupParameter> parameters() {
    return values.parameters();
  }

  public boolean has(GroupParameter parameter) {
    return values.has(parameter);
  }

  public Optional<Object> value(GroupParameter parameter) {
    return values.value(parameter);
  }

  public <T> Optional<T> get(GroupParameter parameter, Class<T> type) {
    return value(parameter).map(type::cast);
  }

  /**
   * A copy with {@code parameter} set, or removed when {@code value} is null.
   *
   * @throws IllegalArgumentException when the value is not of the parameter's type
   */
  public DistributionGroupSettings with(GroupParameter parameter, Object value) {
    return new DistributionGroupSettings(values.with(parameter, value));
  }

  public Map<GroupParameter, Object> asMap() {
    return values.asMap();
  }

  /**
   * Reads single-text request attributes; Members, ManagedBy and ModeratedBy are set by the caller.
   */
  public static Parsed parse(Map<String, List<String>> attributes) {
    var parsed = ParameterMap.parse(GroupParameter.class, attributes);
    return new Parsed(
        new DistributionGroupSettings(parsed.values()), parsed.violations(), parsed.unknown());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DistributionGroupSettings s && s.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "DistributionGroupSettings" + values;
  }

  /** The outcome of {@link #parse}. */
  public record Parsed(
      DistributionGroupSettings settings, List<Violation> violations, List<String> unknown) {
    public Parsed {
      violations = List.copyOf(violations);
      unknown = List.copyOf(unknown);
    }
  }
}
