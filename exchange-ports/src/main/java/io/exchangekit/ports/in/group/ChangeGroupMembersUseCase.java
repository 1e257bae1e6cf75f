package io.exchangekit.ports.in.group;

import io.exchangekit.ports.in.Outcome;

/**
 * Use case: change a group's members one by one. Adding a member who is already one, or removing
 * one who is not, plans nothing.
 */
public interface ChangeGroupMembersUseCase {
  /**
   * @param command the request; never null
   * @return what ran; never null
   * @throws io.exchangekit.core.error.UnknownObjectException the group is unknown to Exchange
   *     (including a group created directly in Active Directory that Exchange cannot see)
   * @throws io.exchangekit.core.error.ExchangeConnectorException any failure of the target
   */
  Outcome changeMembers(ChangeGroupMembersCommand command);
}
