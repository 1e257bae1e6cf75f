package io.exchangekit.adapter.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.recipient.KnownRecipient;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailboxDelegatesReadTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void givenPrintedTrusteesWithWhatExchangeResolved_decode_keysByGuidAndKnowsEveryName()
      throws Exception {
    String d =
        "{\"FullAccess\":["
            + "{\"Printed\":\"CONTOSO\\\\bob\",\"User\":[{\"Name\":\"Bob Smith\","
            + "\"UserPrincipalName\":\"bob@contoso.com\",\"SamAccountName\":\"bob\","
            + "\"Guid\":\"6a1f0c52-0000-4000-8000-000000000001\"}],"
            + "\"Recipient\":[{\"Alias\":\"bsmith\",\"PrimarySmtpAddress\":\"bob.smith@contoso.com\","
            + "\"Guid\":\"6a1f0c52-0000-4000-8000-000000000001\"}]},"
            + "{\"Printed\":\"NT AUTHORITY\\\\SELF\",\"User\":null,\"Recipient\":null},"
            + "{\"Printed\":\"S-1-5-21-1004336348-1177238915-682003330-1107\",\"User\":null,"
            + "\"Recipient\":null},"
            + "{\"Printed\":\"CONTOSO\\\\svc-legacy\",\"User\":null,\"Recipient\":null}],"
            + "\"SendAs\":{\"Printed\":\"carol@contoso.com\",\"User\":{\"Guid\":\"c-1\"},"
            + "\"Recipient\":null},"
            + "\"SendOnBehalf\":null}";
    Map<MailboxParameter, List<KnownRecipient>> decoded =
        MailboxDelegatesRead.decode(JSON.readTree(d));

    List<KnownRecipient> fullAccess = decoded.get(MailboxParameter.FULL_ACCESS);
    assertEquals(2, fullAccess.size(), fullAccess.toString());
    KnownRecipient bob = fullAccess.get(0);
    assertEquals("6a1f0c52-0000-4000-8000-000000000001", bob.key());
    for (String name :
        List.of(
            "bob@contoso.com", "CONTOSO\\bob", "bsmith", "Bob Smith", "bob.smith@contoso.com")) {
      assertTrue(bob.isNamedBy(RecipientIdentity.of(name)), name);
    }
    assertFalse(bob.isNamedBy(RecipientIdentity.of("alice")));
    // a trustee Exchange could not resolve is known by the text printed, and can be removed by it
    assertEquals("CONTOSO\\svc-legacy", fullAccess.get(1).key());
    // a single object (PowerShell unrolls one-element arrays) reads as a list of one
    assertEquals("c-1", decoded.get(MailboxParameter.SEND_AS).get(0).key());
    assertEquals(List.of(), decoded.get(MailboxParameter.SEND_ON_BEHALF));
  }

  @Test
  void givenEachScope_fragment_readsSendAsWhereThatVersionKeepsIt() {
    String onPremises = MailboxDelegatesRead.fragment("sales@contoso.com", false);
    String online = MailboxDelegatesRead.fragment("sales@contoso.com", true);
    assertTrue(
        onPremises.contains("Get-ADPermission") && !onPremises.contains("Get-RecipientPermission"));
    assertTrue(online.contains("Get-RecipientPermission") && !online.contains("Get-ADPermission"));
    for (String f : List.of(onPremises, online)) {
      assertTrue(f.contains("Get-MailboxPermission -Identity 'sales@contoso.com'"), f);
      // a pooled session keeps variables: the lists are emptied before anything can fail
      assertTrue(f.startsWith("$dfa=@();$dsa=@();$dsb=@();"), f);
    }
    assertTrue(
        MailboxDelegatesRead.fragment("o'brien", false).contains("'o''brien'"),
        "identities are quoted literals");
  }
}
