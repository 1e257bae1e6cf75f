package io.exchangekit.archfixture.good.ports.out;

import io.exchangekit.archfixture.good.core.Mailbox;

/** A driven port that speaks the domain only. */
public interface MailboxPort {
  void create(Mailbox mailbox);
}
