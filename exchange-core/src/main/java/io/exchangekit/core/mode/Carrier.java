package io.exchangekit.core.mode;

import java.util.Objects;

/** The cmdlet and Exchange parameter name that carry a request parameter. */
public record Carrier(String cmdlet, String parameter) {
  public Carrier {
    Objects.requireNonNull(cmdlet, "'cmdlet' must not be null");
    Objects.requireNonNull(parameter, "'parameter' must not be null");
  }
}
