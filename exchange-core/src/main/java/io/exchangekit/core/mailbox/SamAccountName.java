package io.exchangekit.core.mailbox;

import io.exchangekit.core.recipient.Texts;

/**
 * A pre-Windows 2000 logon name: at most 20 characters, none of {@code " / \ [ ] : ; | = , + * ? <
 * > @}, not ending with a period.
 */
public record SamAccountName(String value) {
  static final String FORBIDDEN = "\"/\\[]:;|=,+*?<>@";

  public SamAccountName {
    Texts.require(value, "SamAccountName", 20);
    for (int i = 0; i < value.length(); i++) {
      if (FORBIDDEN.indexOf(value.charAt(i)) >= 0) {
        throw new IllegalArgumentException(
            "'SamAccountName' must not contain any of \" / \\ [ ] : ; | = , + * ? < > @ but"
                + " contains '"
                + value.charAt(i)
                + "'");
      }
    }
    if (value.endsWith(".")) {
      throw new IllegalArgumentException("'SamAccountName' must not end with a period");
    }
  }

  public static SamAccountName of(String value) {
    return new SamAccountName(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
