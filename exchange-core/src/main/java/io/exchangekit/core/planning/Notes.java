package io.exchangekit.core.planning;

import io.exchangekit.core.error.Violation;
import io.exchangekit.core.mode.Warning;
import java.util.List;

/** Where an ignored parameter goes: a warning, or a violation in strict mode. */
record Notes(boolean strict, List<Warning> warnings, List<Violation> violations) {
  void ignore(String parameter, String reason) {
    if (strict) {
      violations.add(new Violation(parameter, reason));
    } else {
      warnings.add(new Warning(parameter, "ignored: " + reason));
    }
  }
}
