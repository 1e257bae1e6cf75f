package io.exchangekit.core.mode;

import io.exchangekit.core.plan.Cmdlet;
import java.util.Objects;

/** The cmdlet and Exchange parameter name that carry a request parameter. */
public record Carrier(Cmdlet cmdlet, String parameter) {
  public Carrier {
    Objects.requireNonNull(cmdlet, "'cmdlet' must not be null");
    Objects.requireNonNull(parameter, "'parameter' must not be null");
  }
}
