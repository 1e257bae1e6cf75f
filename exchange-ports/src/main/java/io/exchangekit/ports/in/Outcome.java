package io.exchangekit.ports.in;

import io.exchangekit.core.mode.Warning;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.plan.Step;
import io.exchangekit.core.planning.ProvisioningPlan;
import java.util.List;
import java.util.Objects;

/**
 * What a provisioning use case did.
 *
 * @param status SUCCESS when the target now matches the request; PENDING when Exchange Online is
 *     still creating the mailbox and {@link #pending()} lists the settings a later request must
 *     apply; DRY_RUN when nothing ran and {@link #plan()} says what would have
 * @param warnings request parameters ignored in this mode; never null
 * @param pending request attribute names not applied yet; never null
 * @param steps the steps that ran, in order; never null
 * @param plan the plan that ran or would run (secrets inside print as {@code ****})
 * @param rendered for DRY_RUN, every step of the plan as the adapters that would run it render it
 *     (Exchange first, then the directory), secrets masked; empty otherwise; never null
 */
public record Outcome(
    Status status,
    List<Warning> warnings,
    List<String> pending,
    List<Step> steps,
    ProvisioningPlan plan,
    List<PlannedStep> rendered) {

  /** The result of a use case. */
  public enum Status {
    SUCCESS,
    PENDING,
    DRY_RUN
  }

  public Outcome {
    Objects.requireNonNull(status, "'status' must not be null");
    warnings = List.copyOf(warnings);
    pending = List.copyOf(pending);
    steps = List.copyOf(steps);
    Objects.requireNonNull(plan, "'plan' must not be null");
    rendered = List.copyOf(rendered);
  }

  /** An outcome without rendered steps (anything but a dry run). */
  public Outcome(
      Status status,
      List<Warning> warnings,
      List<String> pending,
      List<Step> steps,
      ProvisioningPlan plan) {
    this(status, warnings, pending, steps, plan, List.of());
  }

  /** The {@link Step#report() reports} of {@link #steps()}, in order; never null. */
  public List<String> completedSteps() {
    return Step.reports(steps);
  }
}
