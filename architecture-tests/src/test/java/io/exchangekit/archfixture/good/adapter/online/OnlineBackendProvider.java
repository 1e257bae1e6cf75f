package io.exchangekit.archfixture.good.adapter.online;

import io.exchangekit.archfixture.good.adapter.powershell.PowerShellBackend;
import io.exchangekit.archfixture.good.ports.out.MailboxPort;
import io.exchangekit.archfixture.good.ports.spi.BackendProvider;

/** Exchange Online adapter: uses the shared PowerShell code, which it may. */
public final class OnlineBackendProvider implements BackendProvider {
  private final PowerShellBackend session = new PowerShellBackend();

  @Override
  public MailboxPort mailboxPort() {
    return mailbox -> session.run("Set-Mailbox " + mailbox.alias());
  }
}
