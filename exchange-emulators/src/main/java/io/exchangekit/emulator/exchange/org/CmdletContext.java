package io.exchangekit.emulator.exchange.org;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.org.Model.State;

/**
 * One emulated session over an {@link Organisation}: its version, whether it is connected, and the
 * parts the cmdlet families share (identity resolution, uniqueness checks, argument rules, output
 * shapes and recipient search). The families are built over it for each call; its state is the
 * session's.
 */
final class CmdletContext {

  private final Organisation org;
  private final ExchangeVersion version;
  private final HostPlatform host;
  private boolean connected;
  private int sessionCounter;
  private final RecipientResolver recipients;
  private final UniquenessCheck uniqueness;
  private final ArgumentRules arguments;
  private final RecipientViews views;
  private final RecipientSearch search;

  CmdletContext(Organisation org, ExchangeVersion version, HostPlatform host, boolean connected) {
    this.org = org;
    this.version = version;
    this.host = host;
    this.connected = connected;
    // in dependency order: each part may use the ones built before it
    this.recipients = new RecipientResolver(this);
    this.uniqueness = new UniquenessCheck(this);
    this.arguments = new ArgumentRules(this);
    this.views = new RecipientViews(this);
    this.search = new RecipientSearch(this);
  }

  Organisation org() {
    return org;
  }

  ExchangeVersion version() {
    return version;
  }

  /** The operating system of the PowerShell host the session runs in. */
  HostPlatform host() {
    return host;
  }

  boolean connected() {
    return connected;
  }

  void connected(boolean now) {
    this.connected = now;
  }

  /** The number of the next PSSession this session opens (1, 2, …). */
  int nextSessionNumber() {
    return ++sessionCounter;
  }

  /** Errors shaped for this session's version, server and domain controller. */
  ExchangeErrors errors() {
    State s = org.state();
    return new ExchangeErrors(version, s.exchangeServer, s.domainController);
  }

  RecipientResolver recipients() {
    return recipients;
  }

  UniquenessCheck uniqueness() {
    return uniqueness;
  }

  ArgumentRules arguments() {
    return arguments;
  }

  RecipientViews views() {
    return views;
  }

  RecipientSearch search() {
    return search;
  }
}
