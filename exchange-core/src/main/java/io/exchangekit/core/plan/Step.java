package io.exchangekit.core.plan;

import java.util.List;
import java.util.Objects;

/**
 * One step of a plan that ran: an Exchange command or a change in the tenant's directory. Outcomes
 * and failures list the steps that completed, in order, so that a caller knows exactly what ran; a
 * dry run shows the same commands and actions rendered as {@link PlannedStep}s.
 */
public sealed interface Step permits Step.Exchange, Step.Directory {

  /** The cmdlet, or the kind of directory change ({@code AssignLicenses} …). */
  String operation();

  /** What the step did, in words, as completed steps are reported; never a secret. */
  String report();

  /** The reports of these steps, in order. */
  static List<String> reports(List<? extends Step> steps) {
    return steps.stream().map(Step::report).toList();
  }

  /** An Exchange command that completed. */
  record Exchange(ExchangeCommand command) implements Step {
    public Exchange {
      Objects.requireNonNull(command, "'command' must not be null");
    }

    @Override
    public String operation() {
      return command.cmdlet();
    }

    @Override
    public String report() {
      return command.purpose() + ": " + command.cmdlet();
    }
  }

  /**
   * A directory action that completed.
   *
   * @param report what the directory did, e.g. that the user existed already
   */
  record Directory(DirectoryAction action, String report) implements Step {
    public Directory {
      Objects.requireNonNull(action, "'action' must not be null");
      Objects.requireNonNull(report, "'report' must not be null");
    }

    @Override
    public String operation() {
      return action.getClass().getSimpleName();
    }
  }
}
