package io.exchangekit.core.mode;

/** Whether a provisioning request creates a mailbox or changes an existing one. */
public enum Operation {
  CREATE,
  UPDATE
}
