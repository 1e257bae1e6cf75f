package io.exchangekit.core.planning;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.error.ValidationException;
import io.exchangekit.core.error.Violation;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.MailboxLifecycle;
import io.exchangekit.core.mode.MailboxLifecycle.Creation;
import io.exchangekit.core.mode.MailboxLifecycle.Removal;
import io.exchangekit.core.mode.ModeRules;
import io.exchangekit.core.mode.Operation;
import io.exchangekit.core.mode.Warning;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.planning.ParameterDecisions.Decided;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pure planner for user and resource mailboxes: request + mode + version + what exists now →
 * the commands that make the target match the request. A repeated request converges: what already
 * matches is not planned again. The mode's lifecycle row says how a mailbox is created and removed;
 * {@link CreationRequirements}, {@link ParameterDecisions}, {@link ExchangeChanges} and {@link
 * CloudUserPlans} do one concern each.
 */
public final class MailboxPlanner {
  private MailboxPlanner() {}

  /**
   * Plans creating or updating a mailbox.
   *
   * @param current what Exchange holds for the identity now
   * @param cloudUser the cloud user, for Online scope; empty when there is none or on-premises
   * @param catalog the tenant's SKUs, for Online scope; an empty catalog on-premises
   * @throws ValidationException when the request breaks rules of this mode (every violation)
   * @throws UnknownObjectException when enable behaviour finds no user to attach the mailbox to
   */
  public static ProvisioningPlan provision(
      MailboxRequest request,
      PlanningContext context,
      MailboxState current,
      Optional<CloudUser> cloudUser,
      SkuCatalog catalog) {
    ConnectorMode mode = context.mode();
    MailboxType type = current.mailboxType().orElse(request.type());
    Operation operation = current.hasMailbox() ? Operation.UPDATE : Operation.CREATE;
    Creation creation = ModeRules.lifecycle(mode).creation(type);

    List<Violation> violations = new ArrayList<>(request.rejected());
    List<Warning> warnings = new ArrayList<>();
    if (operation == Operation.CREATE) {
      if (mode.isHybrid()) {
        HybridPlans.checkCreation(context, type, violations);
      }
      try {
        CreationRequirements.check(request, mode, type, current, cloudUser, catalog, violations);
      } catch (UnknownObjectException e) {
        if (violations.isEmpty()) {
          throw e;
        }
        // The request is wrong whatever exists: report its values first.
        throw new ValidationException(violations);
      }
    }
    Notes notes = new Notes(context.options().strict(), warnings, violations);
    List<Decided> decided =
        ParameterDecisions.decide(request, context, operation, type, current, notes);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }

    if (operation == Operation.CREATE && creation instanceof Creation.CloudUser) {
      return CloudUserPlans.create(request, context, cloudUser, catalog, decided, warnings);
    }
    Optional<Creation.Exchange> exchangeCreation =
        operation == Operation.CREATE
            ? Optional.of((Creation.Exchange) creation)
            : Optional.empty();
    Optional<String> routing =
        mode.isHybrid() && operation == Operation.CREATE
            ? Optional.of(HybridPlans.remoteRoutingAddress(request, context, current))
            : Optional.empty();
    List<ExchangeCommand> commands =
        ExchangeChanges.plan(
            request, type, exchangeCreation, decided, current, context.version(), routing);
    if (mode.isHybrid()) {
      return HybridPlans.withDirectory(
          new ExchangePlan(commands), request, context, cloudUser, catalog, decided, warnings);
    }
    DirectoryPlan directory = DirectoryPlan.EMPTY;
    if (creation instanceof Creation.CloudUser && cloudUser.isPresent()) {
      directory =
          new DirectoryPlan(CloudUserPlans.converge(request, context, cloudUser.get(), catalog));
    }
    return new ProvisioningPlan(new ExchangePlan(commands), directory, warnings, List.of(), false);
  }

  /**
   * Plans removing a mailbox as the mode's lifecycle row says: Disable-Mailbox when the connector
   * attached it to an existing user (the user stays), Remove-Mailbox when it created the user,
   * deleting the cloud user (Online + create) or removing its Exchange licences (Online + enable).
   * Removing what is gone is an empty plan.
   */
  public static ProvisioningPlan remove(
      RecipientIdentity identity,
      PlanningContext context,
      MailboxState current,
      Optional<CloudUser> cloudUser,
      SkuCatalog catalog) {
    MailboxLifecycle lifecycle = ModeRules.lifecycle(context.mode());
    // an Online user's mailbox may not be visible to Exchange yet: the cloud user decides
    MailboxType type = current.mailboxType().orElse(MailboxType.USER);
    Removal removal = lifecycle.removal(type);
    if (removal instanceof Removal.Exchange exchange) {
      if (!current.hasMailbox()) {
        return ProvisioningPlan.of(ExchangePlan.EMPTY, List.of());
      }
      return ProvisioningPlan.of(
          new ExchangePlan(
              List.of(
                  ExchangeCommand.of(exchange.cmdlet(), exchange.purpose())
                      .text("Identity", identity)
                      .build())),
          List.of());
    }
    return new ProvisioningPlan(
        ExchangePlan.EMPTY,
        CloudUserPlans.remove(removal, cloudUser, catalog),
        List.of(),
        List.of(),
        false);
  }
}
