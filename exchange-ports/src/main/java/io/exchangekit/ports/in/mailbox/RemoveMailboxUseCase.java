package io.exchangekit.ports.in.mailbox;

import io.exchangekit.ports.in.Outcome;

/**
 * Use case: remove a mailbox. Premise + enable disables it and keeps the AD user; premise + create
 * removes the mailbox and the user it created; online + create deletes the cloud user (restorable
 * for 30 days); online + enable removes the Exchange licences and keeps the user. Removing a
 * mailbox that is gone succeeds with an empty plan.
 */
public interface RemoveMailboxUseCase {
  /**
   * @param command the request; never null
   * @return what ran; never null
   * @throws io.exchangekit.core.error.ExchangeConnectorException any failure of the target
   */
  Outcome remove(MailboxCommand command);
}
