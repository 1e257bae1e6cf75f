package io.exchangekit.core.planning;

import io.exchangekit.core.mode.Warning;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.plan.ExchangePlan;
import java.util.List;
import java.util.Objects;

/**
 * What one request needs: the Exchange commands, the directory changes, the parameters ignored in
 * this mode, and the ones that wait for an Exchange Online mailbox that does not exist yet.
 *
 * @param pending request attribute names left for a later request, once the mailbox exists
 * @param awaitsMailbox true when the outcome is PENDING: the Online mailbox is still being created
 */
public record ProvisioningPlan(
    ExchangePlan exchange,
    DirectoryPlan directory,
    List<Warning> warnings,
    List<String> pending,
    boolean awaitsMailbox) {
  public ProvisioningPlan {
    Objects.requireNonNull(exchange, "'exchange' must not be null");
    Objects.requireNonNull(directory, "'directory' must not be null");
    warnings = List.copyOf(warnings);
    pending = List.copyOf(pending);
  }

  public static ProvisioningPlan of(ExchangePlan exchange, List<Warning> warnings) {
    return new ProvisioningPlan(exchange, DirectoryPlan.EMPTY, warnings, List.of(), false);
  }

  /** True when nothing needs to run. */
  public boolean isEmpty() {
    return exchange.isEmpty() && directory.isEmpty();
  }
}
