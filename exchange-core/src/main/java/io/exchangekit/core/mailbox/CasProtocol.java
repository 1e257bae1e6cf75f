package io.exchangekit.core.mailbox;

/** The client access protocols a lock closes, with their Set-CASMailbox parameter names. */
public enum CasProtocol {
  OWA("OWAEnabled"),
  ACTIVE_SYNC("ActiveSyncEnabled"),
  EWS("EwsEnabled"),
  MAPI("MAPIEnabled"),
  POP("PopEnabled"),
  IMAP("ImapEnabled");

  private final String parameter;

  CasProtocol(String parameter) {
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
