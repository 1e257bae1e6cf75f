package io.exchangekit.core.planning;

import static io.exchangekit.core.mailbox.MailboxParameter.DISPLAY_NAME;
import static io.exchangekit.core.mailbox.MailboxParameter.LICENSES;
import static io.exchangekit.core.mailbox.MailboxParameter.USAGE_LOCATION;
import static io.exchangekit.core.mailbox.MailboxParameter.USER_PRINCIPAL_NAME;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.error.Violation;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.MailboxLifecycle;
import io.exchangekit.core.mode.MailboxLifecycle.Creation;
import io.exchangekit.core.mode.ModeRules;
import java.util.List;
import java.util.Optional;

/**
 * What creating a mailbox needs, from the mode's lifecycle row: the required parameters, the user a
 * mailbox is attached to, and for an Exchange Online user its cloud user and licence.
 */
final class CreationRequirements {
  private CreationRequirements() {}

  /**
   * Adds a violation for each missing requirement.
   *
   * @throws UnknownObjectException when the mode attaches the mailbox to a user that does not exist
   */
  static void check(
      MailboxRequest request,
      ConnectorMode mode,
      MailboxType type,
      MailboxState current,
      Optional<CloudUser> cloudUser,
      SkuCatalog catalog,
      List<Violation> violations) {
    MailboxLifecycle lifecycle = ModeRules.lifecycle(mode);
    Creation creation = lifecycle.creation(type);
    if (creation instanceof Creation.Exchange exchange && exchange.attaches()) {
      if (!current.userExists()) {
        throw new UnknownObjectException(
            "The user '"
                + request.identity()
                + "' does not exist; enable behaviour attaches a mailbox to an existing Active"
                + " Directory user (set newUserBehavior to create to create the user)");
      }
      return;
    }
    for (MailboxParameter p : lifecycle.required(type)) {
      if (p == USER_PRINCIPAL_NAME) {
        if (request.userPrincipalName().isEmpty() && !request.gives(USER_PRINCIPAL_NAME)) {
          violations.add(
              new Violation(
                  USER_PRINCIPAL_NAME.attributeName(),
                  creation instanceof Creation.CloudUser
                      ? "is required in " + mode + ": the cloud user's logon name (user@domain)"
                      : "is required in " + mode + " to create a user mailbox (user@domain)"));
        }
      } else {
        require(request, p, mode, violations);
      }
    }
    if (creation instanceof Creation.CloudUser cloud) {
      checkCloudUser(request, mode, cloud, cloudUser, catalog, violations);
    }
  }

  private static void checkCloudUser(
      MailboxRequest request,
      ConnectorMode mode,
      Creation.CloudUser creation,
      Optional<CloudUser> cloudUser,
      SkuCatalog catalog,
      List<Violation> violations) {
    if (cloudUser.isEmpty()) {
      if (!creation.createsUser()) {
        throw new UnknownObjectException(
            "The cloud user '"
                + request.identity()
                + "' does not exist; enable behaviour licenses an existing user (set"
                + " newUserBehavior to create to create the user)");
      }
      require(request, DISPLAY_NAME, mode, violations);
      require(request, USAGE_LOCATION, mode, violations);
    }
    boolean licensed = cloudUser.map(u -> u.hasExchangeLicense(catalog)).orElse(false);
    boolean licencesRejected = !request.settings().has(LICENSES) && request.gives(LICENSES);
    if (!licensed && request.settings().licenses().isEmpty() && !licencesRejected) {
      violations.add(
          new Violation(
              LICENSES.attributeName(),
              "is required in "
                  + mode
                  + ": a licence with an Exchange Online plan creates the mailbox, e.g."
                  + " [{\"LicenseName\":\"tenant:ENTERPRISEPACK\",\"DisabledPlans\":[]}]"));
    }
    boolean locationKnown =
        request.gives(USAGE_LOCATION) || cloudUser.flatMap(CloudUser::usageLocation).isPresent();
    if (!request.settings().licenses().isEmpty() && !locationKnown) {
      violations.add(
          new Violation(
              USAGE_LOCATION.attributeName(),
              "is required to assign licences (an ISO 3166-1 alpha-2 code such as US)"));
    }
  }

  private static void require(
      MailboxRequest request, MailboxParameter p, ConnectorMode mode, List<Violation> violations) {
    if (!request.gives(p)) {
      violations.add(new Violation(p.attributeName(), "is required in " + mode));
    }
  }
}
