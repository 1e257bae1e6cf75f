package io.exchangekit.core.plan;

import io.exchangekit.core.recipient.Texts;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One Exchange management command: a cmdlet and its named parameters, in Exchange's own vocabulary.
 * Names come from the planner, never from request input; {@code purpose} says what the step does,
 * for results and dry runs.
 */
public record ExchangeCommand(
    String cmdlet, Map<String, ParameterValue> parameters, String purpose) {
  private static final Pattern CMDLET = Pattern.compile("[A-Z][a-z]+-[A-Za-z]+");
  private static final Pattern PARAMETER = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  public ExchangeCommand {
    Objects.requireNonNull(cmdlet, "'cmdlet' must not be null");
    Objects.requireNonNull(purpose, "'purpose' must not be null");
    if (!CMDLET.matcher(cmdlet).matches()) {
      throw new IllegalArgumentException("'cmdlet' must be Verb-Noun but was '" + cmdlet + "'");
    }
    parameters
        .keySet()
        .forEach(
            name -> {
              if (!PARAMETER.matcher(name).matches()) {
                throw new IllegalArgumentException(
                    "parameter names are letters and digits only, but got '" + name + "'");
              }
            });
    parameters.forEach(ExchangeCommand::requireCharacters);
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** Every text a command sends obeys the one character rule of {@link Texts#isAllowed}. */
  private static void requireCharacters(String name, ParameterValue value) {
    if (value instanceof ParameterValue.Text t) {
      Texts.requireCharacters(t.value(), name);
    } else if (value instanceof ParameterValue.TextList l) {
      l.values().forEach(v -> Texts.requireCharacters(v, name));
    } else if (value instanceof ParameterValue.MultiValuedUpdate u) {
      u.add().forEach(v -> Texts.requireCharacters(v, name));
      u.remove().forEach(v -> Texts.requireCharacters(v, name));
    }
  }

  public static Builder of(Cmdlet cmdlet, String purpose) {
    return new Builder(cmdlet.verbNoun(), purpose);
  }

  /** A command of a cmdlet the planners do not use themselves (adapters' own commands, tests). */
  public static Builder of(String cmdlet, String purpose) {
    return new Builder(cmdlet, purpose);
  }

  public boolean has(String parameter) {
    return parameters.containsKey(parameter);
  }

  /** True when this is a command of {@code cmdlet}. */
  public boolean is(Cmdlet cmdlet) {
    return this.cmdlet.equals(cmdlet.verbNoun());
  }

  /** Collects parameters in order. */
  public static final class Builder {
    private final String cmdlet;
    private final String purpose;
    private final Map<String, ParameterValue> parameters = new LinkedHashMap<>();

    private Builder(String cmdlet, String purpose) {
      this.cmdlet = cmdlet;
      this.purpose = purpose;
    }

    public Builder with(String name, ParameterValue value) {
      parameters.put(name, value);
      return this;
    }

    public Builder text(String name, Object value) {
      return with(name, ParameterValue.text(value));
    }

    public Builder flag(String name) {
      return with(name, ParameterValue.present());
    }

    public boolean isEmptyBut(int count) {
      return parameters.size() <= count;
    }

    public ExchangeCommand build() {
      return new ExchangeCommand(cmdlet, parameters, purpose);
    }
  }
}
