package io.exchangekit.archfixture.good.ports.spi;

import io.exchangekit.archfixture.good.ports.out.MailboxPort;

/** The SPI hands out driven ports. */
public interface BackendProvider {
  MailboxPort mailboxPort();
}
