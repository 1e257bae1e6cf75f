package io.exchangekit.archfixture.good.adapter.openiam;

import io.exchangekit.archfixture.good.core.Mailbox;
import io.exchangekit.archfixture.good.ports.out.MailboxPort;
import io.exchangekit.archfixture.good.ports.service.ExchangeUseCases;
import java.util.List;

/**
 * Driving adapter (a listed public type): reaches the use cases through the public factory and its
 * builder.
 */
public final class OpenIamConnector {
  private final ExchangeUseCases useCases;

  public OpenIamConnector(MailboxPort port) {
    this.useCases = ExchangeUseCases.builder().mailboxPort(port).build();
  }

  public void provision(String alias) {
    useCases.provisionMailbox().provision(new Mailbox(alias, List.of()));
  }
}
