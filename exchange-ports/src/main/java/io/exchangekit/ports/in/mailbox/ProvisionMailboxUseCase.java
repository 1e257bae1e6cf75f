package io.exchangekit.ports.in.mailbox;

import io.exchangekit.ports.in.Outcome;

/**
 * Use case: create a user, room, equipment or shared mailbox, or bring an existing one in line with
 * the request.
 *
 * <p>Premise + enable: Enable-Mailbox on the existing AD user. Premise + create: New-Mailbox (Name,
 * Password and UPN required). Online + create: a cloud user with licences, outcome PENDING until
 * Exchange Online creates the mailbox. Online + enable: licences for an existing cloud user,
 * outcome PENDING. An existing mailbox gets only the changed parameters. Parameters that do not
 * apply in the mode are ignored and listed as warnings (rejected when the deployment is strict).
 */
public interface ProvisionMailboxUseCase {
  /**
   * @param command the request; never null
   * @return what ran, the warnings and what is pending; never null
   * @throws io.exchangekit.core.error.ValidationException every rule the request breaks, before
   *     anything runs
   * @throws io.exchangekit.core.error.UnknownObjectException enable behaviour found no user
   * @throws io.exchangekit.core.error.ExchangeConnectorException any failure of the target
   */
  Outcome provision(ProvisionMailboxCommand command);
}
