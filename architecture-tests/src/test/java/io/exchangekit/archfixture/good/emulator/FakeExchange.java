package io.exchangekit.archfixture.good.emulator;

import io.exchangekit.archfixture.good.core.Mailbox;
import java.util.ArrayList;
import java.util.List;

/** A runtime emulator: may use the domain and read a system property, no test framework. */
public final class FakeExchange {
  private final List<Mailbox> mailboxes = new ArrayList<>();
  private final String version = System.getProperty("emulator.version", "2019");

  public void add(Mailbox mailbox) {
    mailboxes.add(mailbox);
  }

  public String version() {
    return version;
  }
}
