package io.exchangekit.core.planning;

import static io.exchangekit.core.mailbox.MailboxParameter.ALIAS;
import static io.exchangekit.core.mailbox.MailboxParameter.NAME;
import static io.exchangekit.core.mailbox.MailboxParameter.SAM_ACCOUNT_NAME;
import static io.exchangekit.core.mailbox.MailboxParameter.USER_PRINCIPAL_NAME;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.error.ModeNotSupportedException;
import io.exchangekit.core.error.Violation;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.ModeRules;
import io.exchangekit.core.mode.Stage;
import io.exchangekit.core.mode.Warning;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.planning.ParameterDecisions.Decided;
import io.exchangekit.core.recipient.UserPrincipalName;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What hybrid scope adds to a mailbox plan: the remote mailbox's routing address in the tenant, the
 * versions that can create a type, and the tenant side (usage location, licences), which waits
 * (PENDING) until the user has synchronised to the tenant.
 */
final class HybridPlans {
  private HybridPlans() {}

  /**
   * Checks what a hybrid creation needs from the deployment and the version.
   *
   * @throws ModeNotSupportedException when no remote routing domain is configured
   */
  static void checkCreation(PlanningContext context, MailboxType type, List<Violation> violations) {
    if (context.options().remoteRoutingDomain().isEmpty()) {
      throw new ModeNotSupportedException(
          "hybrid scope needs the tenant's routing domain for a remote mailbox's"
              + " RemoteRoutingAddress: set options.remoteRoutingDomain (e.g."
              + " contoso.mail.onmicrosoft.com)");
    }
    Set<ExchangeVersion> can = ModeRules.creationVersions(context.mode(), type);
    if (!can.contains(context.version())) {
      String kind = type.switchName().toLowerCase(Locale.ROOT);
      violations.add(
          new Violation(
              "MailboxType",
              "a "
                  + kind
                  + " remote mailbox cannot be created on "
                  + context.version().productName()
                  + ": Enable-RemoteMailbox and New-RemoteMailbox have -"
                  + type.switchName()
                  + " only in "
                  + can.stream()
                      .sorted()
                      .map(ExchangeVersion::productName)
                      .collect(Collectors.joining(", "))));
    }
  }

  /**
   * {@code alias@<routing domain>}: the request's alias, else the local part of its user principal
   * name, else what the existing user is known by.
   */
  static String remoteRoutingAddress(
      MailboxRequest request, PlanningContext context, MailboxState current) {
    String domain = context.options().remoteRoutingDomain().orElseThrow();
    Optional<String> alias =
        request
            .settings()
            .value(ALIAS)
            .map(Object::toString)
            .or(() -> request.userPrincipalName().map(UserPrincipalName::localPart))
            .or(
                () ->
                    current
                        .values()
                        .value(USER_PRINCIPAL_NAME)
                        .map(u -> ((UserPrincipalName) u).localPart()))
            .or(() -> current.values().value(SAM_ACCOUNT_NAME).map(Object::toString))
            .or(
                () ->
                    request
                        .settings()
                        .value(NAME)
                        .map(n -> n.toString().replaceAll("[^A-Za-z0-9!#%*+\\-/=?^_~.]", "")));
    String local =
        alias.orElseGet(
            () -> {
              String id = request.identity().value();
              int at = id.indexOf('@');
              String tail = at > 0 ? id.substring(0, at) : id.substring(id.indexOf('\\') + 1);
              return tail.replaceAll("[^A-Za-z0-9!#%*+\\-/=?^_~.]", "");
            });
    return local + "@" + domain;
  }

  /**
   * The plan with its tenant side: nothing when the request sets nothing there; the directory
   * changes when the user is in the tenant; otherwise PENDING, naming what waits for the user's
   * synchronisation.
   */
  static ProvisioningPlan withDirectory(
      ExchangePlan exchange,
      MailboxRequest request,
      PlanningContext context,
      Optional<CloudUser> cloudUser,
      SkuCatalog catalog,
      List<Decided> decided,
      List<Warning> warnings) {
    List<String> tenantSide =
        decided.stream()
            .filter(d -> d.stage() == Stage.DIRECTORY)
            .map(d -> d.parameter().attributeName())
            .toList();
    if (tenantSide.isEmpty()) {
      return new ProvisioningPlan(exchange, DirectoryPlan.EMPTY, warnings, List.of(), false);
    }
    if (cloudUser.isPresent()) {
      return new ProvisioningPlan(
          exchange,
          new DirectoryPlan(CloudUserPlans.converge(request, context, cloudUser.get(), catalog)),
          warnings,
          List.of(),
          false);
    }
    return new ProvisioningPlan(exchange, DirectoryPlan.EMPTY, warnings, tenantSide, true);
  }
}
