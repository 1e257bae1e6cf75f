package io.exchangekit.core.plan;

/**
 * The Exchange management cmdlets the planners use: Exchange's own vocabulary, the same over remote
 * PowerShell, the ExchangeOnlineManagement module or the REST admin API. Only the name is data
 * here; how a command is written for a transport belongs to its adapter.
 */
public enum Cmdlet {
  NEW_MAILBOX("New-Mailbox"),
  ENABLE_MAILBOX("Enable-Mailbox"),
  SET_MAILBOX("Set-Mailbox"),
  SET_USER("Set-User"),
  SET_CAS_MAILBOX("Set-CASMailbox"),
  DISABLE_MAILBOX("Disable-Mailbox"),
  REMOVE_MAILBOX("Remove-Mailbox"),
  NEW_REMOTE_MAILBOX("New-RemoteMailbox"),
  ENABLE_REMOTE_MAILBOX("Enable-RemoteMailbox"),
  SET_REMOTE_MAILBOX("Set-RemoteMailbox"),
  DISABLE_REMOTE_MAILBOX("Disable-RemoteMailbox"),
  REMOVE_REMOTE_MAILBOX("Remove-RemoteMailbox"),
  NEW_DISTRIBUTION_GROUP("New-DistributionGroup"),
  SET_DISTRIBUTION_GROUP("Set-DistributionGroup"),
  REMOVE_DISTRIBUTION_GROUP("Remove-DistributionGroup"),
  ADD_DISTRIBUTION_GROUP_MEMBER("Add-DistributionGroupMember"),
  REMOVE_DISTRIBUTION_GROUP_MEMBER("Remove-DistributionGroupMember"),
  ENABLE_AD_ACCOUNT("Enable-ADAccount"),
  DISABLE_AD_ACCOUNT("Disable-ADAccount"),
  ADD_MAILBOX_PERMISSION("Add-MailboxPermission"),
  REMOVE_MAILBOX_PERMISSION("Remove-MailboxPermission"),
  ADD_AD_PERMISSION("Add-ADPermission"),
  REMOVE_AD_PERMISSION("Remove-ADPermission"),
  ADD_RECIPIENT_PERMISSION("Add-RecipientPermission"),
  REMOVE_RECIPIENT_PERMISSION("Remove-RecipientPermission");

  private final String verbNoun;

  Cmdlet(String verbNoun) {
    this.verbNoun = verbNoun;
  }

  /** The cmdlet's name, e.g. {@code Set-CASMailbox}. */
  public String verbNoun() {
    return verbNoun;
  }

  @Override
  public String toString() {
    return verbNoun;
  }
}
