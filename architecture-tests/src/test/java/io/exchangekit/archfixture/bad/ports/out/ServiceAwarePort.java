package io.exchangekit.archfixture.bad.ports.out;

import io.exchangekit.archfixture.bad.ports.service.MailboxService;

/** Violates ports ↛ service: a driven port that knows a use-case implementation. */
public interface ServiceAwarePort {
  MailboxService implementation();
}
