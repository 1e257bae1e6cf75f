package io.exchangekit.ports.in.group;

import io.exchangekit.ports.in.Outcome;

/** Use case: delete a distribution group; deleting a group that is gone succeeds. */
public interface DeleteDistributionGroupUseCase {
  /**
   * @param command the request; never null
   * @return what ran; never null
   * @throws io.exchangekit.core.error.ExchangeConnectorException any failure of the target
   */
  Outcome delete(GroupCommand command);
}
