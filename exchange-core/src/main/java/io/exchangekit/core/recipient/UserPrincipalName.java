package io.exchangekit.core.recipient;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A logon name in UPN format, {@code user@domain}. The user part takes the characters Entra ID
 * allows (letters, digits and {@code ' . - _ ! # ^ ~}), no leading, trailing or double dot.
 */
public record UserPrincipalName(String value) {
  private static final Pattern FORMAT =
      Pattern.compile(
          "(?=.{3,113}$)[A-Za-z0-9'_!#^~-]+(\\.[A-Za-z0-9'_!#^~-]+)*"
              + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  public UserPrincipalName {
    Texts.require(value, "UserPrincipalName", 113);
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "'UserPrincipalName' must have the form user@domain (user: letters, digits and"
              + " ' . - _ ! # ^ ~; domain: a DNS name) but was '"
              + value
              + "'");
    }
  }

  public static UserPrincipalName of(String value) {
    return new UserPrincipalName(value);
  }

  public String localPart() {
    return value.substring(0, value.indexOf('@'));
  }

  public String domain() {
    return value.substring(value.indexOf('@') + 1);
  }

  /** UPNs compare case-insensitively, as Active Directory and Entra ID compare them. */
  public boolean sameAs(UserPrincipalName other) {
    return value.toLowerCase(Locale.ROOT).equals(other.value.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
