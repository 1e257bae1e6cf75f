package io.exchangekit.core.recipient;

import java.util.Locale;
import java.util.regex.Pattern;

/** An SMTP address such as {@code jdoe@contoso.com}. */
public record SmtpAddress(String value) {
  private static final Pattern FORMAT =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  public SmtpAddress {
    Texts.require(value, "SmtpAddress", 320);
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "'SmtpAddress' must have the form local@domain but was '" + value + "'");
    }
  }

  public static SmtpAddress of(String value) {
    return new SmtpAddress(value);
  }

  public boolean sameAs(SmtpAddress other) {
    return value.toLowerCase(Locale.ROOT).equals(other.value.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
