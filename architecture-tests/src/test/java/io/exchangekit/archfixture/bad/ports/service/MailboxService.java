package io.exchangekit.archfixture.bad.ports.service;

/** A use-case implementation that is (wrongly) public, used directly by an adapter. */
public class MailboxService {
  public void provision(String alias) {}
}
