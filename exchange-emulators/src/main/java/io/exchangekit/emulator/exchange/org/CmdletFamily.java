package io.exchangekit.emulator.exchange.org;

import io.exchangekit.core.mode.ExchangeVersion;

/**
 * What every cmdlet family works with: the session's context and the shared parts it holds (the
 * organisation, identity resolution, uniqueness checks, argument rules, output shapes, searches).
 */
abstract class CmdletFamily {
  protected final CmdletContext session;
  protected final Organisation org;
  protected final ExchangeVersion version;
  protected final RecipientResolver recipients;
  protected final UniquenessCheck uniqueness;
  protected final ArgumentRules arguments;
  protected final RecipientViews views;
  protected final RecipientSearch search;

  CmdletFamily(CmdletContext session) {
    this.session = session;
    this.org = session.org();
    this.version = session.version();
    this.recipients = session.recipients();
    this.uniqueness = session.uniqueness();
    this.arguments = session.arguments();
    this.views = session.views();
    this.search = session.search();
  }

  final ExchangeErrors errors() {
    return session.errors();
  }
}
