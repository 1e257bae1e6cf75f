package io.exchangekit.archfixture.bad.adapter.openiam;

import io.exchangekit.archfixture.bad.ports.service.MailboxService;

/** Violates "adapters see use cases, never services": calls a service directly. */
final class ServiceShortcut {
  void provision(String alias) {
    new MailboxService().provision(alias);
  }
}
