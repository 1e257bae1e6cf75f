package io.exchangekit.ports.in.mailbox;

import io.exchangekit.ports.in.Outcome;

/**
 * Use case: unlock a mailbox. Restores exactly the protocols a lock recorded (all of them when no
 * lock attribute is configured) and re-enables the account or sign-in a lock disabled.
 */
public interface UnlockMailboxUseCase {
  /**
   * @param command the request; never null
   * @return what ran and warnings (e.g. no lock record found); never null
   * @throws io.exchangekit.core.error.UnknownObjectException there is no such mailbox
   * @throws io.exchangekit.core.error.ExchangeConnectorException any failure of the target
   */
  Outcome unlock(MailboxCommand command);
}
