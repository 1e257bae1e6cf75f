package io.exchangekit.adapter.powershell;

import io.exchangekit.core.recipient.Secret;
import java.util.List;
import java.util.Objects;

/**
 * Statements to run in a session, which leave their result in {@code $r}; the secrets they carry,
 * so that any text derived from the call can be masked; and a description for logs (cmdlet names
 * only, never values).
 */
record Script(String statements, List<Secret> secrets, String description) {
  Script {
    Objects.requireNonNull(statements, "'statements' must not be null");
    Objects.requireNonNull(description, "'description' must not be null");
    secrets = List.copyOf(secrets);
    if (statements.indexOf('\n') >= 0 || statements.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a script is one line");
    }
  }

  static Script of(String statements, String description) {
    return new Script(statements, List.of(), description);
  }

  /** {@code text} with every secret of this script (and its quoted form) replaced by the mask. */
  String redact(String text) {
    if (text == null) {
      return "";
    }
    String out = text;
    for (Secret s : secrets) {
      String clear = s.reveal();
      out = out.replace(PowerShellText.quote(clear), Secret.MASK);
      String doubled = PowerShellText.quote(clear);
      out = out.replace(doubled.substring(1, doubled.length() - 1), Secret.MASK);
      out = out.replace(clear, Secret.MASK);
    }
    return out;
  }

  @Override
  public String toString() {
    return description;
  }
}
