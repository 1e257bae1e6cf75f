package io.exchangekit.adapter.powershell;

import static io.exchangekit.adapter.powershell.CapturedErrorRecordsTest.captured;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exchangekit.core.mailbox.CasProtocol;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.search.RecipientRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Replays outputs captured from Exchange Online and shapes reconstructed from Windows PowerShell
 * 5.1 (test resources under captured/, sources in captured/SOURCES.md) through the decoders: {@link
 * Json}, the state adapter's decoding and the query adapter's record mapping.
 */
class CapturedOutputsTest {
  private static final JsonNode ADMIN_API =
      captured("exo-adminapi-get-mailbox-2024-05-22.json").path("value").get(0);
  private static final JsonNode EXO = captured("exo-get-mailbox-2026-07-23.json");
  private static final JsonNode PS51 = captured("onprem-ps51-reconstructed.json");

  @Test
  void givenExchangeOnlineMailbox_json_readsQuotasAddressesBooleansAndDates() {
    assertEquals(
        Optional.of("99 GB (106,300,440,576 bytes)"),
        Json.text(ADMIN_API.get("ProhibitSendQuota")));
    assertEquals(
        List.of(
            "smtp:c@vdbdx.onmicrosoft.com",
            "smtp:C@dread.ie",
            "SPO:SPO_afdc2165-9c1e-4c14-9223-f02a033ec8cf@SPO_fafb46b1-4b64-41ef-8f52-68ed0ccae30f",
            "SIP:c@lvin.ie",
            "SMTP:C@lvin.ie"),
        Json.texts(ADMIN_API.get("EmailAddresses")));
    assertEquals(Optional.of(false), Json.bool(ADMIN_API.get("HiddenFromAddressListsEnabled")));
    assertEquals(
        Optional.of(Instant.parse("2022-09-21T08:07:47Z")),
        Json.instant(ADMIN_API.get("WhenMailboxCreated")));
    assertEquals(
        Optional.of(Instant.parse("2024-04-10T08:56:22Z")),
        Json.instant(ADMIN_API.get("WhenChangedUTC")));
    assertEquals(List.of(), Json.texts(ADMIN_API.get("ModeratedBy")));
    assertEquals(Optional.empty(), Json.text(ADMIN_API.get("ArchiveDatabase")));
    assertEquals(Optional.of(false), PowerShellStateAdapter.hasArchive(ADMIN_API));
    assertEquals(
        Optional.of(MailboxType.USER),
        PowerShellStateAdapter.mailboxType(Json.text(ADMIN_API.get("RecipientTypeDetails"))));
  }

  @Test
  void givenExchangeOnlineMailboxes_stateDecoding_tellsUserFromDiscoveryMailboxAndReadsFlags() {
    JsonNode discovery = EXO.get(0);
    JsonNode user = EXO.get(1);
    assertEquals(Optional.of(true), Json.bool(discovery.get("AccountDisabled")));
    assertEquals(Optional.of(true), Json.bool(discovery.get("HiddenFromAddressListsEnabled")));
    assertEquals(Optional.empty(), Json.text(discovery.get("ExternalDirectoryObjectId")));
    assertEquals(Optional.of(false), PowerShellStateAdapter.hasArchive(discovery));
    assertEquals(
        Optional.of(MailboxType.USER),
        PowerShellStateAdapter.mailboxType(Json.text(user.get("RecipientTypeDetails"))));
    assertEquals(Optional.of("Unlimited"), Json.text(user.get("LitigationHoldDuration")));
    assertEquals(Optional.empty(), Json.instant(user.get("LitigationHoldDate")));
    assertEquals(5, Json.texts(user.get("EmailAddresses")).size());
  }

  @Test
  void givenWindowsPowerShell51Shapes_json_readsPropertyBagsNumbersAndMsDates() {
    JsonNode mailbox = PS51.get("mailbox");
    assertEquals(
        Optional.of("49.5 GB (53,150,220,288 bytes)"), Json.text(mailbox.get("ProhibitSendQuota")));
    assertEquals(Optional.of("Unlimited"), Json.text(mailbox.get("IssueWarningQuota")));
    assertEquals(Optional.of("DB01"), Json.text(mailbox.get("Database")));
    assertEquals(Optional.of("Bob Smith"), Json.text(PS51.get("user").get("Identity")));
    assertEquals(
        Optional.of(Instant.ofEpochMilli(1745531629000L)),
        Json.instant(mailbox.get("WhenCreated")));
    assertEquals(
        Optional.of(MailboxType.USER),
        PowerShellStateAdapter.mailboxType(Json.text(mailbox.get("RecipientTypeDetails"))));
    // ArchiveState and ArchiveStatus written as numbers: 0 is None
    assertEquals(Optional.of(false), PowerShellStateAdapter.hasArchive(mailbox));
    ObjectNode archived = mailbox.deepCopy();
    archived.put("ArchiveState", 1);
    assertEquals(Optional.of(true), PowerShellStateAdapter.hasArchive(archived));
  }

  @Test
  void givenCapturedObjects_recordMapping_keepsPrefixesAndWritesDatesAsIso() {
    RecipientRecord online = PowerShellQueryAdapter.record(ADMIN_API);
    assertEquals("CBergin", online.identity());
    assertEquals("SMTP:C@lvin.ie", online.properties().get("EmailAddresses").get(4));
    assertEquals(
        List.of("2022-09-21T08:07:47.0000000+00:00"),
        online.properties().get("WhenMailboxCreated"));
    RecipientRecord onPrem = PowerShellQueryAdapter.record(PS51.get("mailbox"));
    assertEquals(List.of("2025-04-24T21:53:49Z"), onPrem.properties().get("WhenCreated"));
    assertEquals(
        List.of("49.5 GB (53,150,220,288 bytes)"), onPrem.properties().get("ProhibitSendQuota"));
    assertEquals(List.of("Unlimited"), onPrem.properties().get("IssueWarningQuota"));
  }

  @Test
  void givenCapturesAnsweringTheReads_loadMailbox_readsEveryValueTheyCarry() {
    ObjectNode cas = Envelope.JSON.createObjectNode();
    for (CasProtocol p : CasProtocol.values()) {
      cas.put(p.parameter(), p != CasProtocol.values()[0]);
    }
    // the one state read answers every part: Get-User, Get-EXOMailbox, Get-EXOCASMailbox
    String answer =
        "{\"u\":[" + ADMIN_API + "],\"m\":[" + ADMIN_API + "],\"c\":[" + cas + "],\"mk\":[]}";
    try (PowerShellBackend b =
        PowerShellBackend.open(
            InProcessPowerShell.options(1),
            new ConnectionRecipe(
                "$r='CONNECT'", List.of(), "", t -> ExchangeVersion.ONLINE, "fake"),
            () ->
                FakePowerShell.connectingThen((line, nonce) -> FakePowerShell.ok(nonce, answer)))) {
      MailboxState state = b.backend().state().loadMailbox(RecipientIdentity.of("C@lvin.ie"));
      assertTrue(state.userExists());
      assertEquals(Optional.of(MailboxType.USER), state.mailboxType());
      assertEquals(
          "CBergin", state.values().value(MailboxParameter.ALIAS).orElseThrow().toString());
      assertEquals(
          "C@lvin.ie",
          state.values().value(MailboxParameter.PRIMARY_SMTP_ADDRESS).orElseThrow().toString());
      assertEquals(
          Optional.of(false), state.values().get(MailboxParameter.IS_ARCHIVE, Boolean.class));
      assertEquals(
          Optional.of(false),
          state.values().get(MailboxParameter.HIDDEN_FROM_ADDRESS_LISTS, Boolean.class));
      assertFalse(state.enabledProtocols().contains(CasProtocol.values()[0]));
      assertTrue(state.accountEnabled());
    }
  }
}
