package io.exchangekit.core.recipient;

import java.util.Objects;
import java.util.function.Function;

/** A request parameter that a {@link ParameterMap} can hold: its name, type and text reader. */
public interface SettingParameter {

  /** What a parameter is: its request attribute name, value type and reader of request text. */
  record Spec(String attributeName, Class<?> valueType, Function<String, ?> parser) {
    public Spec {
      Objects.requireNonNull(attributeName, "'attributeName' must not be null");
      Objects.requireNonNull(valueType, "'valueType' must not be null");
    }
  }

  /** The parameter's definition. */
  Spec spec();

  /** The request attribute name. */
  default String attributeName() {
    return spec().attributeName();
  }

  /** The type of the value. */
  default Class<?> valueType() {
    return spec().valueType();
  }

  /** True when the value is read from a single request text by {@link #parse}. */
  default boolean isSingleText() {
    return spec().parser() != null;
  }

  /**
   * Reads the value from request text.
   *
   * @throws IllegalArgumentException naming the parameter and what is allowed
   */
  default Object parse(String text) {
    if (spec().parser() == null) {
      throw new IllegalStateException(attributeName() + " is not a single text value");
    }
    return spec().parser().apply(text);
  }
}
