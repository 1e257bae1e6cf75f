package io.exchangekit.core.search;

import java.util.List;
import java.util.Objects;

/**
 * The typed value of one search parameter. It is data, not source text: the adapter that runs the
 * search renders it as a literal of its own language.
 */
public sealed interface SearchValue {

  /** A text, e.g. an identity, a filter or an enumeration value such as {@code UserMailbox}. */
  record Text(String value) implements SearchValue {
    public Text {
      Objects.requireNonNull(value, "'value' must not be null");
    }
  }

  /** A whole number, e.g. a result size. */
  record Number(long value) implements SearchValue {}

  /** A switch: present ({@code true}) or explicitly turned off ({@code false}). */
  record Switch(boolean value) implements SearchValue {}

  /** Several texts for a multi-valued parameter, e.g. recipient types. */
  record TextList(List<String> values) implements SearchValue {
    public TextList {
      values = List.copyOf(values);
      if (values.size() < 2) {
        throw new IllegalArgumentException("a list holds at least two values");
      }
    }
  }

  static Text text(String value) {
    return new Text(value);
  }

  static Number number(long value) {
    return new Number(value);
  }

  static Switch on() {
    return new Switch(true);
  }
}
