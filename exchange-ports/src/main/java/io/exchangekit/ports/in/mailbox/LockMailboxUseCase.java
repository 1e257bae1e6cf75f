package io.exchangekit.ports.in.mailbox;

import io.exchangekit.ports.in.Outcome;

/**
 * Use case: lock a mailbox. Turns off the client protocols (OWA, ActiveSync, EWS, MAPI, POP, IMAP)
 * that are on, records them in the configured custom attribute, and where configured disables the
 * AD account (on-premises) or blocks sign-in and revokes sessions (Online). Locking a locked
 * mailbox changes nothing.
 */
public interface LockMailboxUseCase {
  /**
   * @param command the request; never null
   * @return what ran; never null
   * @throws io.exchangekit.core.error.UnknownObjectException there is no such mailbox
   * @throws io.exchangekit.core.error.ExchangeConnectorException any failure of the target
   */
  Outcome lock(MailboxCommand command);
}
