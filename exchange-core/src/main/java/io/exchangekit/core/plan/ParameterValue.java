package io.exchangekit.core.plan;

import io.exchangekit.core.recipient.Secret;
import java.util.List;
import java.util.Objects;

/**
 * A typed value of a planned Exchange parameter. Rendering it is the transport's job: {@code
 * toString} is a neutral record text (secrets masked), not the syntax of any shell.
 */
public sealed interface ParameterValue {

  /** A text value, sent as a literal. */
  record Text(String value) implements ParameterValue {
    public Text {
      Objects.requireNonNull(value, "'value' must not be null");
    }
  }

  /** A secret, sent as a secure string and masked everywhere else. */
  record SecretText(Secret value) implements ParameterValue {
    public SecretText {
      Objects.requireNonNull(value, "'value' must not be null");
    }

    @Override
    public String toString() {
      return "SecretText[" + Secret.MASK + "]";
    }
  }

  /** A Boolean value. */
  record Bool(boolean value) implements ParameterValue {}

  /** A switch that is present (a flag without a value, e.g. {@code Room}). */
  record Switch() implements ParameterValue {}

  /** A list of texts that replaces the current values. */
  record TextList(List<String> values) implements ParameterValue {
    public TextList {
      values = List.copyOf(values);
    }
  }

  /** Adds and removes entries of a multi-valued property. */
  record MultiValuedUpdate(List<String> add, List<String> remove) implements ParameterValue {
    public MultiValuedUpdate {
      add = List.copyOf(add);
      remove = List.copyOf(remove);
      if (add.isEmpty() && remove.isEmpty()) {
        throw new IllegalArgumentException("an update must add or remove something");
      }
    }
  }

  /** Clears the property (no value). */
  record Null() implements ParameterValue {}

  static Text text(String value) {
    return new Text(value);
  }

  static Text text(Object value) {
    return new Text(value.toString());
  }

  static Bool bool(boolean value) {
    return new Bool(value);
  }

  static Switch present() {
    return new Switch();
  }
}
