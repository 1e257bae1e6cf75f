package io.exchangekit.emulator.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.exchangekit.core.mode.ExchangeVersion;
import org.junit.jupiter.api.Test;

/** The hybrid remote-mailbox cmdlets: strict to the catalog per version, with Exchange's errors. */
class RemoteMailboxCmdletsTest {

  private static JsonNode call(EmulatorSession s, String command) {
    return s.run(
            "$ev=$null;try{$r=@("
                + command
                + " -ErrorAction Stop -ErrorVariable ev 3>$null);$o=[pscustomobject]@{ok=($ev.Count -eq 0);data=$r}}catch{$o=[pscustomobject]@{ok=$false;reason=$_.CategoryInfo.Reason;fqid=$_.FullyQualifiedErrorId;message=$_.Exception.Message}};ConvertTo-Json -InputObject $o -Depth 5 -Compress")
        .json();
  }

  private static JsonNode ok(EmulatorSession s, String command) {
    JsonNode n = call(s, command);
    assertTrue(n.get("ok").asBoolean(), command + " -> " + n);
    return n.get("data");
  }

  private static EmulatorSession session(ExchangeVersion version) {
    return ExchangeEmulator.forVersion(version).withDemoOrganisation().newSession();
  }

  @Test
  void givenAdUser_enableRemoteMailbox_makesARemoteUserMailboxThatGetMailboxCannotSee() {
    try (EmulatorSession s = session(ExchangeVersion.EXCHANGE_2019)) {
      JsonNode m =
          ok(
                  s,
                  "Enable-RemoteMailbox -Identity 'alice' -RemoteRoutingAddress"
                      + " 'alice@contoso.mail.onmicrosoft.com' -Confirm:$false")
              .get(0);
      assertEquals("RemoteUserMailbox", m.get("RecipientTypeDetails").asText());
      assertEquals(
          "SMTP:alice@contoso.mail.onmicrosoft.com", m.get("RemoteRoutingAddress").asText());
      assertEquals(
          "RemoteUserMailbox",
          ok(s, "Get-User -Identity 'alice'").get(0).get("RecipientTypeDetails").asText());
      assertEquals(
          "alice", ok(s, "Get-RemoteMailbox -Identity 'alice'").get(0).get("Alias").asText());
      JsonNode local = call(s, "Get-Mailbox -Identity 'alice'");
      assertEquals("ManagementObjectNotFoundException", local.get("reason").asText());
      JsonNode again =
          call(
              s,
              "Enable-RemoteMailbox -Identity 'alice' -RemoteRoutingAddress"
                  + " 'alice@contoso.mail.onmicrosoft.com'");
      assertFalse(again.get("ok").asBoolean());
      assertEquals("RecipientTaskException", again.get("reason").asText());
      // Set-Mailbox does not reach a remote mailbox; Set-RemoteMailbox does
      assertEquals(
          "ManagementObjectNotFoundException",
          call(s, "Set-Mailbox -Identity 'alice' -DisplayName 'A'").get("reason").asText());
      ok(s, "Set-RemoteMailbox -Identity 'alice' -DisplayName 'Alice Cloud'");
      assertEquals(
          "Alice Cloud",
          ok(s, "Get-RemoteMailbox -Identity 'alice'").get(0).get("DisplayName").asText());
      ok(s, "Disable-RemoteMailbox -Identity 'alice' -Confirm:$false");
      assertEquals(
          "User", ok(s, "Get-User -Identity 'alice'").get(0).get("RecipientTypeDetails").asText());
      assertEquals(
          "The operation couldn't be performed because object 'alice' couldn't be found on"
              + " 'DC01.contoso.com'.",
          call(s, "Get-RemoteMailbox -Identity 'alice'").get("message").asText());
    }
  }

  @Test
  void givenNewRemoteMailbox_userAndShared_createTheAdUserAndRemoveDeletesIt() {
    try (EmulatorSession s = session(ExchangeVersion.EXCHANGE_2016)) {
      JsonNode u =
          ok(
                  s,
                  "New-RemoteMailbox -Name 'Jane Doe' -UserPrincipalName 'jane@contoso.com'"
                      + " -Password (ConvertTo-SecureString -String 'Pa55word!' -AsPlainText"
                      + " -Force) -RemoteRoutingAddress 'jane@contoso.mail.onmicrosoft.com'")
              .get(0);
      assertEquals("RemoteUserMailbox", u.get("RecipientTypeDetails").asText());
      assertEquals("jane", u.get("Alias").asText());
      JsonNode shared =
          ok(
                  s,
                  "New-RemoteMailbox -Name 'Sales Desk' -Shared -RemoteRoutingAddress"
                      + " 'salesdesk@contoso.mail.onmicrosoft.com'")
              .get(0);
      assertEquals("RemoteSharedMailbox", shared.get("RecipientTypeDetails").asText());
      assertEquals(2, ok(s, "Get-RemoteMailbox").size());
      ok(s, "Remove-RemoteMailbox -Identity 'jane@contoso.com' -Confirm:$false");
      assertEquals(
          "ManagementObjectNotFoundException",
          call(s, "Get-User -Identity 'jane@contoso.com'").get("reason").asText());
      // the Default set needs a password: PowerShell prompts for the mandatory parameter
      String noPassword =
          s.run("New-RemoteMailbox -Name 'X1' -UserPrincipalName 'x1@contoso.com'").output();
      assertTrue(noPassword.trim().endsWith("Password:"), noPassword);
    }
  }

  @Test
  void givenExchange2010_shared_isNotAParameterOfTheRemoteMailboxCmdlets() {
    try (EmulatorSession s = session(ExchangeVersion.EXCHANGE_2010)) {
      JsonNode n =
          call(
              s,
              "New-RemoteMailbox -Name 'Sales Desk' -Shared -RemoteRoutingAddress"
                  + " 'salesdesk@contoso.mail.onmicrosoft.com'");
      assertFalse(n.get("ok").asBoolean(), n.toString());
      assertEquals("NamedParameterNotFound,New-RemoteMailbox", n.get("fqid").asText());
      assertEquals(
          "RemoteRoomMailbox",
          ok(
                  s,
                  "New-RemoteMailbox -Name 'Room 7' -Room -RemoteRoutingAddress"
                      + " 'room7@contoso.mail.onmicrosoft.com'")
              .get(0)
              .get("RecipientTypeDetails")
              .asText());
    }
  }

  @Test
  void givenExchangeOnline_remoteMailboxCmdlets_doNotExist() {
    try (EmulatorSession s = session(ExchangeVersion.ONLINE)) {
      JsonNode n = call(s, "Get-RemoteMailbox");
      assertFalse(n.get("ok").asBoolean(), n.toString());
      assertEquals("CommandNotFoundException", n.get("reason").asText(), n.toString());
    }
  }

  @Test
  void givenEnableRemoteMailbox_withoutConfirm_isNotDestructiveButDisableAsks() {
    try (EmulatorSession s = session(ExchangeVersion.EXCHANGE_SE)) {
      ok(
          s,
          "Enable-RemoteMailbox -Identity 'bob' -Equipment -RemoteRoutingAddress"
              + " 'bob@contoso.mail.onmicrosoft.com'");
      assertEquals(
          "RemoteEquipmentMailbox",
          ok(s, "Get-RemoteMailbox -Identity 'bob'").get(0).get("RecipientTypeDetails").asText());
      String asked = s.run("Disable-RemoteMailbox -Identity 'bob'").output();
      assertTrue(asked.contains("[Y] Yes  [A] Yes to All"), asked);
    }
  }
}
