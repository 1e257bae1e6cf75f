package io.exchangekit.ports.out.directory;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.plan.Step;
import io.exchangekit.core.recipient.UserPrincipalName;
import java.util.Collection;
import java.util.Optional;

/**
 * Driven port: the tenant's directory (Microsoft Graph) for cloud users and licences.
 * Implementations must be thread-safe, retry throttled calls honouring Retry-After, and never log
 * passwords.
 */
public interface CloudDirectoryPort {
  /**
   * @param user never null
   * @return the cloud user with its licences, or empty when there is none; never null
   * @throws io.exchangekit.core.error.ExchangeConnectorException when the directory fails
   */
  Optional<CloudUser> findUser(UserPrincipalName user);

  /**
   * The tenant's subscribed SKUs; implementations cache them and refresh on a miss.
   *
   * @return never null
   * @throws io.exchangekit.core.error.ExchangeConnectorException when the directory fails
   */
  SkuCatalog subscribedSkus();

  /**
   * The tenant's subscribed SKUs, read again first when the cached ones do not know a licence or
   * plan named in {@code needed} (a SKU bought, or a plan added to one, since the last read). Call
   * it before planning licences so that such a name resolves without waiting for the cache period.
   *
   * @param needed the selections about to be planned; never null
   * @return never null
   * @throws io.exchangekit.core.error.ExchangeConnectorException when the directory fails
   */
  default SkuCatalog subscribedSkus(Collection<LicenseSelection> needed) {
    return subscribedSkus();
  }

  /**
   * Applies one action of a plan; the use cases run a plan's actions in order and stop at the first
   * failure. Each action converges: creating a user that exists with the same UPN, or deleting one
   * that is gone, succeeds, and the step's report says so.
   *
   * @param action never null
   * @return the completed step, with what the directory did; never null
   * @throws io.exchangekit.core.error.ExchangeConnectorException when the action fails, keeping
   *     Graph's error code and request id
   */
  Step.Directory apply(DirectoryAction action);

  /**
   * Renders the plan as this adapter would send it, without reading or changing anything: one step
   * per action, in order, each with its target, the call (e.g. {@code POST /users}), its parameters
   * and the request, passwords masked. Where an action first reads the directory to converge (a
   * user that exists already, licences held already), the step shows the write it would send when
   * the directory does not already match.
   *
   * @param plan never null
   * @return one step per action, in order; never null
   */
  java.util.List<PlannedStep> render(DirectoryPlan plan);
}
