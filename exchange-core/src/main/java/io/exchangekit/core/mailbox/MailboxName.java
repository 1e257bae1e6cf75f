package io.exchangekit.core.mailbox;

import io.exchangekit.core.recipient.Texts;

/** A unique mailbox or user name: at most 64 characters. */
public record MailboxName(String value) {
  public MailboxName {
    Texts.require(value, "Name", 64);
  }

  public static MailboxName of(String value) {
    return new MailboxName(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
