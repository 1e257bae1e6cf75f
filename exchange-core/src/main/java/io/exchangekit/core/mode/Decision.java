package io.exchangekit.core.mode;

import java.util.Objects;
import java.util.Optional;

/** What the rule table says about one parameter in one situation. */
public sealed interface Decision {

  /** The parameter applies; {@code carrier} is empty for DIRECTORY and PENDING stages. */
  record Apply(Stage stage, Optional<Carrier> carrier) implements Decision {
    public Apply {
      Objects.requireNonNull(stage, "'stage' must not be null");
      Objects.requireNonNull(carrier, "'carrier' must not be null");
    }
  }

  /** The parameter does not apply here; it is ignored with this reason (or rejected if strict). */
  record Ignore(String reason) implements Decision {
    public Ignore {
      Objects.requireNonNull(reason, "'reason' must not be null");
    }
  }
}
