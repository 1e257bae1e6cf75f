package io.exchangekit.ports.in.license;

import io.exchangekit.ports.in.Outcome;

/**
 * Use case: assign Microsoft 365 licences to a cloud user, as one assignLicense call computed from
 * the difference with the user's current licences. Licence and plan names are resolved through the
 * tenant's subscribed SKUs; an unknown name fails before anything is written.
 */
public interface AssignLicensesUseCase {
  /**
   * @param command the request; never null
   * @return what ran; never null
   * @throws io.exchangekit.core.error.ValidationException unknown licence or plan names
   * @throws io.exchangekit.core.error.UnknownObjectException no such cloud user
   * @throws io.exchangekit.core.error.ExchangeConnectorException any failure of the directory
   */
  Outcome assign(AssignLicensesCommand command);
}
