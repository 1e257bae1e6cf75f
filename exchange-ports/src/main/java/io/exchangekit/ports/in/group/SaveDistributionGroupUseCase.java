package io.exchangekit.ports.in.group;

import io.exchangekit.ports.in.Outcome;

/**
 * Use case: create a distribution group (New-DistributionGroup) or change an existing one
 * (Set-DistributionGroup with the changed values, Add-/Remove-DistributionGroupMember per member,
 * then Remove-DistributionGroupMember for the command's member removals), in one plan. Works the
 * same on-premises and Online.
 */
public interface SaveDistributionGroupUseCase {
  /**
   * @param command the request; never null
   * @return what ran and warnings; never null
   * @throws io.exchangekit.core.error.ValidationException a new group without Name
   * @throws io.exchangekit.core.error.ExchangeConnectorException any failure of the target
   */
  Outcome save(SaveDistributionGroupCommand command);
}
