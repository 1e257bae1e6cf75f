package io.exchangekit.core.recipient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.mailbox.Initials;
import io.exchangekit.core.mailbox.MailboxName;
import io.exchangekit.core.mailbox.SamAccountName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {
  @Test
  void givenSixtyFourAndSixtyFiveCharacters_mailboxName_acceptsOnlyTheFirst() {
    MailboxName.of("x".repeat(64));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MailboxName.of("x".repeat(65)));
    assertTrue(e.getMessage().contains("'Name' must be at most 64"), e.getMessage());
  }

  @Test
  void givenSevenCharacters_initials_areRejectedWithTheLimit() {
    Initials.of("ABCDEF");
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Initials.of("ABCDEFG"))
            .getMessage()
            .contains("at most 6"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\"b",
        "a/b",
        "a\\b",
        "a[b",
        "a]b",
        "a:b",
        "a;b",
        "a|b",
        "a=b",
        "a,b",
        "a+b",
        "a*b",
        "a?b",
        "a<b",
        "a>b",
        "a@b",
        "abc.",
        "abcdefghijklmnopqrstu"
      })
  void givenForbiddenCharactersOrLength_samAccountName_isRejected(String value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SamAccountName.of(value));
    assertTrue(e.getMessage().startsWith("'SamAccountName'"), e.getMessage());
  }

  @Test
  void givenAllowedPunctuation_samAccountName_isAccepted() {
    assertEquals("j.doe-1_x#", SamAccountName.of("j.doe-1_x#").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX", "us", "USA", "U", "ZZ", "EU"})
  void givenNoRealCountryCode_usageLocation_isRejected(String code) {
    assertThrows(IllegalArgumentException.class, () -> UsageLocation.of(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"US", "GB", "DE", "FR", "JP", "BR"})
  void givenARealCountryCode_usageLocation_isAccepted(String code) {
    assertEquals(code, UsageLocation.of(code).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jdoe",
        "@contoso.com",
        "jdoe@",
        "j doe@contoso.com",
        "jdoe@contoso",
        "j..doe@contoso.com",
        ".jdoe@contoso.com",
        "jdö@contoso.com"
      })
  void givenMalformedUpns_userPrincipalName_isRejected(String value) {
    assertThrows(IllegalArgumentException.class, () -> UserPrincipalName.of(value));
  }

  @Test
  void givenAUpn_parts_areSplitAtTheAt() {
    UserPrincipalName upn = UserPrincipalName.of("john.o'neil@contoso.com");
    assertEquals("john.o'neil", upn.localPart());
    assertEquals("contoso.com", upn.domain());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb", "a\rb", "a\u0000b", "a\u0085b", "a\u2028b"})
  void givenControlCharacters_text_isRejectedNamingTheCharacter(String value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DisplayName.of(value));
    assertTrue(e.getMessage().contains("control characters"), e.getMessage());
  }

  @Test
  void givenASecret_printing_showsOnlyTheMask() {
    Secret s = Secret.of("Hunter2!");
    assertEquals("****", s.toString());
    assertEquals("****", String.valueOf(s));
    assertEquals("Hunter2!", s.reveal());
    assertFalse(
        new io.exchangekit.core.plan.ParameterValue.SecretText(s).toString().contains("Hunter"));
  }

  @Test
  void givenLicenceNames_accountSkuId_parsesTenantAndSku() {
    AccountSkuId id = AccountSkuId.parse("openiamdemocloud:ENTERPRISEPACK");
    assertEquals("openiamdemocloud", id.tenant());
    assertEquals("ENTERPRISEPACK", id.skuPartNumber());
    for (String bad : new String[] {"ENTERPRISEPACK", ":X", "x:", "a:b:c"}) {
      assertThrows(IllegalArgumentException.class, () -> AccountSkuId.parse(bad), bad);
    }
  }
}
