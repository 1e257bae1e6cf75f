package io.exchangekit.core.error;

import java.util.Objects;

/** One broken rule of a request: the parameter it concerns and what is allowed. */
public record Violation(String parameter, String rule) {
  public Violation {
    Objects.requireNonNull(parameter, "'parameter' must not be null");
    Objects.requireNonNull(rule, "'rule' must not be null");
  }

  @Override
  public String toString() {
    return parameter + ": " + rule;
  }
}
