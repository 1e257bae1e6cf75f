package io.exchangekit.ports.service;

import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.plan.Step;
import io.exchangekit.core.planning.ProvisioningPlan;
import io.exchangekit.ports.in.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs plans: the Exchange commands as one script, then the directory actions one by one, stopping
 * at the first failure. This is the one place where a failure is reported with every step of the
 * request that completed before it.
 */
final class PlanExecutor {
  private final Targets targets;

  PlanExecutor(Targets targets) {
    this.targets = targets;
  }

  /** Runs the plan unless this is a dry run, which renders it instead. */
  Outcome execute(Scope scope, ProvisioningPlan plan, boolean dryRun) {
    if (dryRun) {
      return new Outcome(
          Outcome.Status.DRY_RUN,
          plan.warnings(),
          plan.pending(),
          List.of(),
          plan,
          render(scope, plan));
    }
    List<Step> done = new ArrayList<>();
    try {
      if (!plan.exchange().isEmpty()) {
        done.addAll(targets.exchange(scope).commands().run(plan.exchange()));
      }
      for (DirectoryAction action : plan.directory().actions()) {
        done.add(targets.directory().apply(action));
      }
    } catch (ExchangeConnectorException e) {
      throw e.afterSteps(concat(done, e.steps()));
    }
    Outcome.Status status = plan.awaitsMailbox() ? Outcome.Status.PENDING : Outcome.Status.SUCCESS;
    return new Outcome(status, plan.warnings(), plan.pending(), done, plan);
  }

  /** The adapters that would run the plan render it, so a dry run shows what would be sent. */
  private List<PlannedStep> render(Scope scope, ProvisioningPlan plan) {
    List<PlannedStep> rendered = new ArrayList<>();
    if (!plan.exchange().isEmpty()) {
      rendered.addAll(targets.exchange(scope).commands().render(plan.exchange()));
    }
    if (!plan.directory().isEmpty()) {
      rendered.addAll(targets.directory().render(plan.directory()));
    }
    return rendered;
  }

  /** The steps of the failing port (its own completed part) after the ones before it. */
  private static List<Step> concat(List<Step> before, List<Step> during) {
    List<Step> all = new ArrayList<>(before);
    all.addAll(during);
    return all;
  }
}
