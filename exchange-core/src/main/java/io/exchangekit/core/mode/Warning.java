package io.exchangekit.core.mode;

import java.util.Objects;

/** A parameter that was ignored, and why. In strict mode it becomes a violation instead. */
public record Warning(String parameter, String message) {
  public Warning {
    Objects.requireNonNull(parameter, "'parameter' must not be null");
    Objects.requireNonNull(message, "'message' must not be null");
  }

  @Override
  public String toString() {
    return parameter + ": " + message;
  }
}
