package io.exchangekit.archfixture.good.adapter.graph;

import io.exchangekit.archfixture.good.ports.out.MailboxPort;
import io.exchangekit.archfixture.good.ports.spi.BackendProvider;

/** Graph adapter: its public surface shows ports only. */
public final class GraphBackendProvider implements BackendProvider {
  @Override
  public MailboxPort mailboxPort() {
    return mailbox -> GraphUserMapper.toGraph(mailbox).hashCode();
  }
}
