package io.exchangekit.archfixture.good.adapter.onprem;

import io.exchangekit.archfixture.good.adapter.powershell.PowerShellBackend;
import io.exchangekit.archfixture.good.ports.out.MailboxPort;
import io.exchangekit.archfixture.good.ports.spi.BackendProvider;

/** On-premises adapter: uses the shared PowerShell code, which it may; takes its config. */
public final class OnPremBackendProvider implements BackendProvider {
  private final PowerShellBackend session = new PowerShellBackend();
  private final OnPremConfig config;

  public OnPremBackendProvider(OnPremConfig config) {
    this.config = config;
  }

  @Override
  public MailboxPort mailboxPort() {
    return mailbox ->
        session.run("Enable-RemoteMailbox " + mailbox.alias() + " @" + config.server());
  }
}
