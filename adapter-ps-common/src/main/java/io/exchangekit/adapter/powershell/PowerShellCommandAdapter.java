package io.exchangekit.adapter.powershell;

import io.exchangekit.adapter.powershell.ExchangeErrorTable.Phase;
import io.exchangekit.core.error.BrokenSessionException;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.RetryableException;
import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.error.ThrottledException;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.Cmdlet;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.plan.Step;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.ports.out.exchange.ExchangeCommandPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * PowerShell adapter of {@link ExchangeCommandPort}: a plan runs as one line in one session,
 * stopping at the first failing command. When Exchange throttles a command, the commands from that
 * one on are repeated after backing off; the ones before it are not run again. Adding a member who
 * already is one, or removing one who is not, counts as done.
 */
final class PowerShellCommandAdapter implements ExchangeCommandPort {
  private final SessionPool pool;
  private final Duration callTimeout;
  private final Backoff backoff;
  private final Duration defaultBackoff;

  PowerShellCommandAdapter(
      SessionPool pool, Duration callTimeout, Backoff backoff, Duration defaultBackoff) {
    this.pool = pool;
    this.callTimeout = callTimeout;
    this.backoff = backoff;
    this.defaultBackoff = defaultBackoff;
  }

  @Override
  public ExchangeVersion version() {
    return pool.use(PsSession::version, true);
  }

  @Override
  public List<Step.Exchange> run(ExchangePlan plan) {
    Objects.requireNonNull(plan, "'plan' must not be null");
    List<ExchangeCommand> all = plan.commands();
    List<Step.Exchange> results = new ArrayList<>();
    int throttled = 0;
    boolean resumedOnce = false;
    while (results.size() < all.size()) {
      List<ExchangeCommand> rest = all.subList(results.size(), all.size());
      Envelope answer;
      Script script;
      try {
        script = ScriptRenderer.plan(new ExchangePlan(rest));
        answer = pool.use(s -> s.call(script, callTimeout), false);
      } catch (ExchangeConnectorException e) {
        throw e.afterSteps(results);
      }
      int done = answer.ok() ? rest.size() : Math.min(answer.completed(), rest.size());
      for (int i = 0; i < done; i++) {
        results.add(new Step.Exchange(rest.get(i)));
      }
      if (answer.ok()) {
        break;
      }
      if (done == rest.size()) {
        // every command completed; what failed came after them
        throw new ExchangeConnectorException(
                "PowerShell failed after the plan's commands: "
                    + script.redact(answer.error().orElseThrow().message()))
            .afterSteps(results);
      }
      if (alreadyDone(rest.get(done), answer.error().orElseThrow())) {
        // adding a member who is a member, or removing one who is not, has its effect already
        results.add(new Step.Exchange(rest.get(done)));
        continue;
      }
      ExchangeConnectorException e =
          ExchangeErrorTable.toException(
              answer.error().orElseThrow(),
              Phase.COMMAND,
              rest.get(done).cmdlet(),
              script,
              defaultBackoff);
      if ((e instanceof ThrottledException || e instanceof ServiceUnavailableException)
          && backoff.pause((RetryableException) e, throttled)) {
        throttled++;
        continue;
      }
      if (e instanceof BrokenSessionException && !resumedOnce) {
        // the remote session was gone, so the failing command did not run: resume from it once
        // on a fresh session (the broken one was discarded)
        resumedOnce = true;
        continue;
      }
      throw e.afterSteps(results);
    }
    return List.copyOf(results);
  }

  /**
   * Each command as {@link ScriptRenderer#command} renders it for {@link #run}, masked by {@link
   * Script#redact} as transcripts are: the line is what is sent for the command, from the cmdlet to
   * the common parameters ({@code -ErrorAction Stop -WarningAction SilentlyContinue}, {@code
   * -Confirm:$false} for changes, {@code 3>$null}), without the envelope around it that stores
   * results and counts completed commands. The target is the organisation's detected version.
   */
  @Override
  public List<PlannedStep> render(ExchangePlan plan) {
    Objects.requireNonNull(plan, "'plan' must not be null");
    if (plan.isEmpty()) {
      return List.of();
    }
    PlannedStep.Target target =
        version().isOnline()
            ? PlannedStep.Target.EXCHANGE_ONLINE
            : PlannedStep.Target.EXCHANGE_ON_PREMISES;
    List<PlannedStep> steps = new ArrayList<>();
    for (ExchangeCommand c : plan.commands()) {
      steps.add(render(target, c));
    }
    return List.copyOf(steps);
  }

  static PlannedStep render(PlannedStep.Target target, ExchangeCommand command) {
    List<Secret> secrets = new ArrayList<>();
    String line = ScriptRenderer.command(command, secrets);
    Script script = new Script(line, secrets, command.cmdlet());
    return new PlannedStep(
        target, command.cmdlet(), PlannedStep.neutral(command), script.redact(line));
  }

  /** Membership changes that Exchange refuses only because the group is already as asked. */
  static boolean alreadyDone(ExchangeCommand command, Envelope.ErrorRecord error) {
    if (command.is(Cmdlet.ADD_DISTRIBUTION_GROUP_MEMBER)) {
      return error.reason().equals("MemberAlreadyExistsException");
    }
    if (command.is(Cmdlet.REMOVE_DISTRIBUTION_GROUP_MEMBER)) {
      return error.reason().equals("MemberNotFoundException");
    }
    return false;
  }
}
