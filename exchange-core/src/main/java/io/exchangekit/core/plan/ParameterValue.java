package io.exchangekit.core.plan;

import io.exchangekit.core.recipient.Secret;
import java.util.List;
import java.util.Objects;

/** A typed value of a planned Exchange parameter. Rendering it is the transport's job. */
public sealed interface ParameterValue {

  /** A text value, sent as a literal. */
  record Text(String value) implements ParameterValue {
    public Text {
      Objects.requireNonNull(value, "'value' must not be null");
    }

    @Override
    public String toString() {
      return "'" + value + "'";
    }
  }

  /** A secret, sent as a secure string and masked everywhere else. */
  record SecretText(Secret value) implements ParameterValue {
    public SecretText {
      Objects.requireNonNull(value, "'value' must not be null");
    }

    @Override
    public String toString() {
      return Secret.MASK;
    }
  }

  /** A Boolean value ({@code -X $true}). */
  record Bool(boolean value) implements ParameterValue {
    @Override
    public String toString() {
      return value ? "$true" : "$false";
    }
  }

  /** A switch that is present ({@code -Room}). */
  record Switch() implements ParameterValue {
    @Override
    public String toString() {
      return "";
    }
  }

  /** A list of texts that replaces the current values. */
  record TextList(List<String> values) implements ParameterValue {
    public TextList {
      values = List.copyOf(values);
    }
  }

  /** Adds and removes entries of a multi-valued property ({@code @{Add=…;Remove=…}}). */
  record MultiValuedUpdate(List<String> add, List<String> remove) implements ParameterValue {
    public MultiValuedUpdate {
      add = List.copyOf(add);
      remove = List.copyOf(remove);
      if (add.isEmpty() && remove.isEmpty()) {
        throw new IllegalArgumentException("an update must add or remove something");
      }
    }
  }

  /** Clears the property ({@code $null}). */
  record Null() implements ParameterValue {
    @Override
    public String toString() {
      return "$null";
    }
  }

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
