package io.exchangekit.archfixture.good.testfixtures;

import io.exchangekit.archfixture.good.core.Mailbox;
import io.exchangekit.archfixture.good.ports.out.MailboxPort;
import java.util.ArrayList;
import java.util.List;

/** Emulator: implements a driven port and may read a system property. */
public final class InMemoryMailboxPort implements MailboxPort {
  private final List<Mailbox> created = new ArrayList<>();
  private final String tenant = System.getProperty("emulator.tenant", "contoso");

  @Override
  public void create(Mailbox mailbox) {
    created.add(mailbox);
  }

  public String tenant() {
    return tenant;
  }
}
