package io.exchangekit.ports.out.exchange;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.plan.Step;
import java.util.List;

/**
 * Driven port: runs an {@link ExchangePlan} against one Exchange organisation, as one script in one
 * session, stopping at the first command that fails.
 *
 * <p>Implementations must be safe to call from several threads; each call uses one session for the
 * whole plan. Values are passed as data, never evaluated; secrets never reach a log.
 */
public interface ExchangeCommandPort {
  /**
   * The version of the Exchange organisation, detected when connecting.
   *
   * @return never null
   * @throws io.exchangekit.core.error.ExchangeConnectorException when no session can be opened
   */
  ExchangeVersion version();

  /**
   * Runs every command of the plan in order.
   *
   * @param plan the commands; never null; an empty plan runs nothing
   * @return one step per command, in order; never null
   * @throws io.exchangekit.core.error.ExchangeConnectorException the first failure, mapped to the
   *     domain's exceptions, built with {@link
   *     io.exchangekit.core.error.ExchangeConnectorException#afterSteps} so that its {@link
   *     io.exchangekit.core.error.ExchangeConnectorException#steps()} are the commands that
   *     completed before it
   */
  List<Step.Exchange> run(ExchangePlan plan);

  /**
   * Renders the plan as this adapter would send it, without running anything: one step per command,
   * in order, each with its target, cmdlet, parameters and the command line that {@link #run} would
   * send for it, secrets masked with the same code that masks transcripts. A dry run shows these
   * steps, so what is shown is what would be sent.
   *
   * @param plan the commands; never null; an empty plan renders no step
   * @return one step per command, in order; never null
   * @throws io.exchangekit.core.error.InvalidValueException when a value cannot be sent (the same
   *     refusal {@link #run} would give)
   */
  List<PlannedStep> render(ExchangePlan plan);
}
