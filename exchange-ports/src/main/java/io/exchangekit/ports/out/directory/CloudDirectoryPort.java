package io.exchangekit.ports.out.directory;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.recipient.UserPrincipalName;
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
   * Applies every action of the plan in order. Each action converges: creating a user that exists
   * with the same UPN, or deleting one that is gone, succeeds.
   *
   * @param plan never null
   * @return a description of each action that ran, in order; never null
   * @throws io.exchangekit.core.error.ExchangeConnectorException the first failure, keeping Graph's
   *     error code and request id, with the completed actions in {@code completedSteps()}
   */
  java.util.List<String> apply(DirectoryPlan plan);
}
