package io.exchangekit.core.mode;

/** Which stage of an operation carries a parameter. */
public enum Stage {
  /** On the command that creates or enables the mailbox. */
  AT_CREATION,
  /** On a command that follows the creation in the same script. */
  AFTER_CREATION,
  /** On a command that changes an existing mailbox. */
  UPDATE,
  /** In the tenant's directory (Microsoft Graph), not in Exchange. */
  DIRECTORY,
  /** On an Exchange Online mailbox that does not exist yet: applied by a later request. */
  PENDING
}
