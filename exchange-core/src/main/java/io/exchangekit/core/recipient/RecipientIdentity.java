package io.exchangekit.core.recipient;

/**
 * Any value Exchange accepts as {@code -Identity}: name, alias, distinguished name, GUID, UPN or
 * SMTP address. Never empty: an empty identity makes Get-* cmdlets return every object.
 */
public record RecipientIdentity(String value) {
  public RecipientIdentity {
    Texts.require(value, "Identity", 1024);
  }

  public static RecipientIdentity of(String value) {
    return new RecipientIdentity(value);
  }

  public static RecipientIdentity of(UserPrincipalName upn) {
    return new RecipientIdentity(upn.value());
  }

  @Override
  public String toString() {
    return value;
  }
}
