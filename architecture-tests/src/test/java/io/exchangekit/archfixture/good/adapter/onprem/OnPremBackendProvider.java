package io.exchangekit.archfixture.good.adapter.onprem;

import io.exchangekit.archfixture.good.adapter.powershell.PsSession;
import io.exchangekit.archfixture.good.ports.out.MailboxPort;
import io.exchangekit.archfixture.good.ports.spi.BackendProvider;

/** On-premises adapter: uses the shared PowerShell code, which it may. */
public final class OnPremBackendProvider implements BackendProvider {
  private final PsSession session = new PsSession();

  @Override
  public MailboxPort mailboxPort() {
    return mailbox -> session.run("Enable-RemoteMailbox " + mailbox.alias());
  }
}
