package io.exchangekit.adapter.powershell;

import io.exchangekit.core.recipient.Secret;
import java.util.Objects;

/**
 * Turns data into PowerShell source text that PowerShell reads back as the same data and never
 * evaluates: single-quoted literals with every single-quote character PowerShell recognises
 * doubled, secure strings for secrets, and OPATH filter values quoted at both levels.
 */
public final class PowerShellText {
  private PowerShellText() {}

  /** True for the five characters PowerShell's tokenizer treats as a single quote. */
  static boolean isSingleQuote(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
  }

  /**
   * A single-quoted literal of {@code value}.
   *
   * @throws IllegalArgumentException when the value contains CR, LF or NUL, which would split or
   *     truncate the one line a session call sends; the message never repeats the value
   */
  public static String quote(String value) {
    Objects.requireNonNull(value, "'value' must not be null");
    StringBuilder sb = new StringBuilder(value.length() + 8).append('\'');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == '\0') {
        throw new IllegalArgumentException(
            "a value sent to PowerShell must not contain CR, LF or NUL (found "
                + (c == '\r' ? "CR" : c == '\n' ? "LF" : "NUL")
                + " at position "
                + i
                + ")");
      }
      sb.append(c);
      if (isSingleQuote(c)) {
        sb.append(c);
      }
    }
    return sb.append('\'').toString();
  }

  /**
   * A SecureString expression holding the secret. The text contains the secret in clear, so it must
   * only ever be sent to the session, never logged.
   */
  public static String secureString(Secret secret) {
    Objects.requireNonNull(secret, "'secret' must not be null");
    return "(ConvertTo-SecureString -String " + quote(secret.reveal()) + " -AsPlainText -Force)";
  }

  /**
   * An OPATH comparison {@code Property -eq 'value'} for a {@code -Filter}: the value's apostrophes
   * are doubled for OPATH, as Exchange documents it. The filter itself is then sent as a PowerShell
   * literal (see {@link #quote}), which doubles every single-quote character again, so a value is
   * quoted at both levels.
   *
   * @param property a property name: letters and digits only
   * @throws IllegalArgumentException for another property name, or CR, LF or NUL in the value
   */
  public static String opathEquals(String property, String value) {
    Objects.requireNonNull(value, "'value' must not be null");
    if (!property.matches("[A-Za-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException("an OPATH property is letters and digits only");
    }
    quote(value); // rejects CR, LF and NUL
    return property + " -eq '" + value.replace("'", "''") + "'";
  }
}
