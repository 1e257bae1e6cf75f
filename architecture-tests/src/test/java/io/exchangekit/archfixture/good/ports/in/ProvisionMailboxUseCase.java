package io.exchangekit.archfixture.good.ports.in;

import io.exchangekit.archfixture.good.core.Mailbox;

/** A use case that speaks the domain only. */
public interface ProvisionMailboxUseCase {
  void provision(Mailbox mailbox);
}
