package io.exchangekit.core.recipient;

/** A request parameter that a {@link ParameterMap} can hold: its name, type and text reader. */
public interface SettingParameter {
  /** The request attribute name. */
  String attributeName();

  /** The type of the value. */
  Class<?> valueType();

  /** True when the value is read from a single request text by {@link #parse}. */
  boolean isSingleText();

  /**
   * Reads the value from request text.
   *
   * @throws IllegalArgumentException naming the parameter and what is allowed
   */
  Object parse(String text);
}
