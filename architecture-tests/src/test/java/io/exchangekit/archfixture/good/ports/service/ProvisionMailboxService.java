package io.exchangekit.archfixture.good.ports.service;

import io.exchangekit.archfixture.good.core.Mailbox;
import io.exchangekit.archfixture.good.ports.in.ProvisionMailboxUseCase;
import io.exchangekit.archfixture.good.ports.out.MailboxPort;

/** A package-private service: implements a use case with a driven port. */
final class ProvisionMailboxService implements ProvisionMailboxUseCase {
  private final MailboxPort port;

  ProvisionMailboxService(MailboxPort port) {
    this.port = port;
  }

  @Override
  public void provision(Mailbox mailbox) {
    port.create(mailbox);
  }
}
