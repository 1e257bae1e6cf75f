package io.exchangekit.adapter.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.exchangekit.core.error.PermissionDeniedException;
import io.exchangekit.core.error.ThrottledException;
import io.exchangekit.core.recipient.KnownRecipient;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fused state read: several parts in one call, each failure answered per part, and recipient
 * lists decoded from the shapes real Exchange prints.
 */
class FusedReadTest {
  private static final Reads READS = new Reads(Duration.ofSeconds(1), Duration.ofMillis(5));
  private static final FusedRead.Part USER =
      new FusedRead.Part("u", "Get-User", "Get-User -Identity 'bob'");
  private static final FusedRead.Part MAILBOX =
      new FusedRead.Part("m", "Get-Mailbox", "Get-Mailbox -Identity 'bob'");

  private static String error(String reason, String fqid, String message) {
    return "{\"reason\":\""
        + reason
        + "\",\"fqid\":\""
        + fqid
        + "\",\"message\":\""
        + message
        + "\",\"category\":\"NotSpecified\"}";
  }

  private static FakePowerShell answering(String data) {
    return new FakePowerShell((line, nonce) -> FakePowerShell.ok(nonce, data));
  }

  private static FusedRead.Answer read(FakePowerShell ps) {
    return FusedRead.run(READS, new PsSession(ps, Clock.systemUTC()), List.of(USER, MAILBOX));
  }

  @Test
  void givenParts_script_isOneLineThatRunsEachInItsOwnTryAndAnswersAll() {
    Script s = FusedRead.script(List.of(USER, MAILBOX));
    assertTrue(s.statements().startsWith("$u=@();$uE=$null;try{$u=@(Get-User -Identity 'bob')}"));
    assertTrue(s.statements().contains("try{$m=@(Get-Mailbox -Identity 'bob')}catch{$mE="));
    assertTrue(s.statements().endsWith("$r=[pscustomobject]@{u=$u;uE=$uE;m=$m;mE=$mE}"));
    assertEquals("Get-User, Get-Mailbox", s.description());
  }

  @Test
  void givenAUserWithoutAMailbox_rows_answersTheUserAndAnAbsentMailboxFromOneCall() {
    FakePowerShell ps =
        answering(
            "{\"u\":[{\"Name\":\"bob\"}],\"uE\":null,\"m\":[],\"mE\":"
                + error(
                    "ManagementObjectNotFoundException",
                    "4A2E7B1C,Microsoft.Exchange.Management.RecipientTasks.GetMailbox",
                    "The operation couldn't be performed because object 'bob' couldn't be found"
                        + " on 'DC1.contoso.com'.")
                + "}");
    FusedRead.Answer answer = read(ps);
    assertEquals(1, ps.lines.size());
    assertEquals("bob", answer.rows(USER).orElseThrow().get(0).get("Name").asText());
    assertEquals(Optional.empty(), answer.rows(MAILBOX));
  }

  @Test
  void givenAPartDeniedAccess_rows_throwsTheErrorTablesException() {
    FakePowerShell ps =
        answering(
            "{\"u\":[],\"uE\":"
                + error(
                    "ADOperationException",
                    "",
                    "Active Directory operation failed on DC1. This error is not retriable."
                        + " Additional information: Insufficient access rights to perform the"
                        + " operation.")
                + ",\"m\":[],\"mE\":null}");
    FusedRead.Answer answer = read(ps);
    PermissionDeniedException e =
        assertThrows(PermissionDeniedException.class, () -> answer.rows(USER));
    assertTrue(e.getMessage().startsWith("Get-User failed: "), e.getMessage());
  }

  @Test
  void givenAThrottledPart_rows_throwsRetryable() {
    FakePowerShell ps =
        answering(
            "{\"u\":[],\"uE\":"
                + error("", "", "The server is busy. Micro delay applied. Try again in 2 seconds.")
                + ",\"m\":[],\"mE\":null}");
    assertThrows(ThrottledException.class, () -> read(ps).rows(USER));
  }

  @Test
  void givenAPartReportingABrokenSession_rows_poisonsTheSessionForARetry() {
    FakePowerShell ps =
        answering(
            "{\"u\":[],\"uE\":"
                + error(
                    "PSInvalidOperationException",
                    "InvalidShellID",
                    "The remote session state is Broken.")
                + ",\"m\":[],\"mE\":null}");
    PsSession session = new PsSession(ps, Clock.systemUTC());
    FusedRead.Answer answer = FusedRead.run(READS, session, List.of(USER, MAILBOX));
    assertThrows(SessionFailure.class, () -> answer.rows(USER));
    assertFalse(session.isUsable());
  }

  /**
   * Get-Recipient on Exchange Server 2016 through a remote session, as ConvertTo-Json prints it.
   */
  private static final String ON_PREMISES_ROW =
      "{\"Printed\":\"contoso.com/Users/Bob Smith\","
          + "\"Guid\":\"7a1d3c2e-1b5f-4c8e-9d3a-2f6b8e4c1a90\",\"ExternalDirectoryObjectId\":\"\","
          + "\"Name\":\"Bob Smith\",\"Alias\":\"bob\",\"PrimarySmtpAddress\":\"bob@contoso.com\","
          + "\"WindowsEmailAddress\":\"bob@contoso.com\",\"UserPrincipalName\":\"\","
          + "\"DistinguishedName\":\"CN=Bob Smith,CN=Users,DC=contoso,DC=com\","
          + "\"SamAccountName\":\"bob\",\"Identity\":\"contoso.com/Users/Bob Smith\","
          + "\"EmailAddresses\":[\"SMTP:bob@contoso.com\",\"smtp:robert.smith@contoso.com\","
          + "\"X500:/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=bob\"]}";

  /** A cloud recipient created since 2023: its Name is its ExternalDirectoryObjectId. */
  private static final String ONLINE_ROW =
      "{\"Printed\":\"5c1e9f0a-3b7d-4e2a-8f6c-1d9b0a7e4c32\","
          + "\"Guid\":\"0f4b8a2c-9e1d-4c7b-a3f5-6e2d1b9c8a07\","
          + "\"ExternalDirectoryObjectId\":\"5c1e9f0a-3b7d-4e2a-8f6c-1d9b0a7e4c32\","
          + "\"Name\":\"5c1e9f0a-3b7d-4e2a-8f6c-1d9b0a7e4c32\",\"Alias\":\"bob\","
          + "\"PrimarySmtpAddress\":\"bob@contoso.com\",\"WindowsEmailAddress\":\"bob@contoso.com\","
          + "\"UserPrincipalName\":\"bob@contoso.onmicrosoft.com\","
          + "\"DistinguishedName\":\"CN=5c1e9f0a-3b7d-4e2a-8f6c-1d9b0a7e4c32,"
          + "OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,"
          + "DC=EURPR04A002,DC=prod,DC=outlook,DC=com\","
          + "\"SamAccountName\":null,\"Identity\":\"5c1e9f0a-3b7d-4e2a-8f6c-1d9b0a7e4c32\","
          + "\"EmailAddresses\":\"SMTP:bob@contoso.com\"}";

  private static List<JsonNode> rows(String... json) throws Exception {
    return java.util.Arrays.stream(json)
        .map(
            j -> {
              try {
                return Envelope.JSON.readTree(j);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  @Test
  void givenACanonicalNameOnPremises_listed_isTheRecipientEveryRequestFormNames() throws Exception {
    RecipientKeys keys = RecipientKeys.of(rows(ON_PREMISES_ROW), false);
    List<KnownRecipient> listed =
        keys.listed(Envelope.JSON.readTree("[\"contoso.com/Users/Bob Smith\"]"));
    assertEquals(1, listed.size());
    KnownRecipient bob = listed.get(0);
    assertEquals("7a1d3c2e-1b5f-4c8e-9d3a-2f6b8e4c1a90", bob.key());
    for (String form :
        List.of(
            "bob",
            "Bob Smith",
            "BOB@contoso.com",
            "robert.smith@contoso.com",
            "contoso.com/Users/Bob Smith",
            "CN=Bob Smith,CN=Users,DC=contoso,DC=com",
            "contoso\\bob",
            "7a1d3c2e-1b5f-4c8e-9d3a-2f6b8e4c1a90")) {
      assertTrue(bob.isNamedBy(RecipientIdentity.of(form)), form);
    }
    assertFalse(bob.isNamedBy(RecipientIdentity.of("/o=ExchangeLabs")));
  }

  @Test
  void givenAGuidNameOnline_listed_isKeyedByTheExternalDirectoryObjectId() throws Exception {
    RecipientKeys keys = RecipientKeys.of(rows(ONLINE_ROW), true);
    KnownRecipient bob =
        keys.listed(Envelope.JSON.readTree("[\"5c1e9f0a-3b7d-4e2a-8f6c-1d9b0a7e4c32\"]")).get(0);
    assertEquals("5c1e9f0a-3b7d-4e2a-8f6c-1d9b0a7e4c32", bob.key());
    assertTrue(bob.isNamedBy(RecipientIdentity.of("bob@contoso.onmicrosoft.com")));
    assertTrue(bob.isNamedBy(RecipientIdentity.of("bob")));
  }

  @Test
  void givenAValueNotResolvedOrAmbiguous_listed_keepsItsPrintedText() throws Exception {
    String twin = ON_PREMISES_ROW.replace("7a1d3c2e", "11111111");
    RecipientKeys keys = RecipientKeys.of(rows(ON_PREMISES_ROW, twin), false);
    List<KnownRecipient> listed =
        keys.listed(Envelope.JSON.readTree("[\"contoso.com/Users/Bob Smith\",\"gone\"]"));
    assertEquals(
        List.of(
            KnownRecipient.unresolved("contoso.com/Users/Bob Smith"),
            KnownRecipient.unresolved("gone")),
        listed);
  }
}
