package io.exchangekit.emulator.exchange;

import static io.exchangekit.core.mode.ExchangeVersion.EXCHANGE_2010;
import static io.exchangekit.core.mode.ExchangeVersion.EXCHANGE_2019;
import static io.exchangekit.core.mode.ExchangeVersion.ONLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.exchangekit.core.mode.ExchangeVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Mailbox access cmdlets: strict to the catalog per version, shaped as Exchange prints them. */
class PermissionCmdletsTest {

  private EmulatorSession s;

  private void open(ExchangeVersion version) {
    s = ExchangeEmulator.forVersion(version).withDemoOrganisation().newSession();
  }

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  private JsonNode call(String command) {
    return s.run(
            "$ev=$null;try{$r=@("
                + command
                + " -ErrorAction Stop -ErrorVariable ev 3>$null);$o=[pscustomobject]@{ok=($ev.Count -eq 0);data=$r}}catch{$o=[pscustomobject]@{ok=$false;reason=$_.CategoryInfo.Reason;fqid=$_.FullyQualifiedErrorId;message=$_.Exception.Message}};ConvertTo-Json -InputObject $o -Depth 5 -Compress")
        .json();
  }

  private JsonNode ok(String command) {
    JsonNode n = call(command);
    assertTrue(n.get("ok").asBoolean(), command + " -> " + n);
    return n.get("data");
  }

  private static List<String> texts(JsonNode entries, String field) {
    List<String> out = new ArrayList<>();
    entries.forEach(e -> out.add(e.get(field).toString().replace("\"", "")));
    return out;
  }

  @Test
  void givenOnPremises_fullAccessAndSendAs_areListedAsDomainSamBesideTheDefaultEntries() {
    open(EXCHANGE_2019);
    ok("New-Mailbox -Name 'Sales' -Shared");
    ok(
        "Add-MailboxPermission -Identity 'Sales' -User 'bob@contoso.com' -AccessRights 'FullAccess' -AutoMapping $false");
    ok("Add-ADPermission -Identity 'Sales' -User 'alice' -ExtendedRights 'Send-As'");
    JsonNode mailbox = ok("Get-MailboxPermission -Identity 'Sales'");
    List<String> users = texts(mailbox, "User");
    assertTrue(
        users.contains("NT AUTHORITY\\\\SELF") || users.contains("NT AUTHORITY\\SELF"),
        users.toString());
    JsonNode bob = null;
    for (JsonNode e : mailbox) {
      if (e.get("User").asText().equals("CONTOSO\\bob")) {
        bob = e;
      }
    }
    assertTrue(bob != null, mailbox.toString());
    assertEquals("FullAccess", bob.get("AccessRights").get(0).asText());
    assertFalse(bob.get("IsInherited").asBoolean());
    assertTrue(texts(mailbox, "IsInherited").contains("true"), "inherited defaults are listed too");
    JsonNode ad = ok("Get-ADPermission -Identity 'Sales'");
    boolean aliceSendAs = false;
    for (JsonNode e : ad) {
      aliceSendAs |=
          e.get("User").asText().equals("CONTOSO\\alice")
              && e.get("ExtendedRights").get(0).asText().equals("Send-As");
    }
    assertTrue(aliceSendAs, ad.toString());
  }

  @Test
  void givenAnExistingEntry_addAgain_warnsAndChangesNothing_removeTwice_warns() {
    open(EXCHANGE_2010);
    ok("New-Mailbox -Name 'Sales' -Shared");
    ok("Add-MailboxPermission -Identity 'Sales' -User 'bob' -AccessRights 'FullAccess'");
    String again =
        s.run(
                "Add-MailboxPermission -Identity 'Sales' -User 'bob' -AccessRights 'FullAccess' | Out-Null")
            .output();
    assertTrue(
        again.startsWith("WARNING: The appropriate access control entry is already present"),
        again);
    assertEquals(1, ok("Get-MailboxPermission -Identity 'Sales' -User 'bob'").size());
    ok(
        "Remove-MailboxPermission -Identity 'Sales' -User 'bob' -AccessRights 'FullAccess' -Confirm:$false");
    assertEquals(0, ok("Get-MailboxPermission -Identity 'Sales' -User 'bob'").size());
    String twice =
        s.run(
                "Remove-MailboxPermission -Identity 'Sales' -User 'bob' -AccessRights 'FullAccess' -Confirm:$false")
            .output();
    assertTrue(twice.startsWith("WARNING: Can't remove the access control entry"), twice);
  }

  @Test
  void givenStrictBinding_permissionCmdlets_existOnlyWhereTheCatalogHasThem() {
    open(EXCHANGE_2019);
    ok("New-Mailbox -Name 'Sales' -Shared");
    JsonNode online =
        call("Add-RecipientPermission -Identity 'Sales' -Trustee 'bob' -AccessRights 'SendAs'");
    assertFalse(online.get("ok").asBoolean(), online.toString());
    assertTrue(
        online.get("fqid").asText().startsWith("CommandNotFoundException"), online.toString());
    JsonNode badRight =
        call("Add-MailboxPermission -Identity 'Sales' -User 'bob' -AccessRights 'Everything'");
    assertFalse(badRight.get("ok").asBoolean());
    assertTrue(badRight.get("message").asText().contains("MailboxRights"), badRight.toString());
    JsonNode unknown =
        call("Add-MailboxPermission -Identity 'Sales' -User 'nobody' -AccessRights 'FullAccess'");
    assertEquals(
        "ManagementObjectNotFoundException", unknown.get("reason").asText(), unknown.toString());
    // an AD object is named by its name or distinguished name, not by an address
    JsonNode byAddress =
        call(
            "Add-ADPermission -Identity 'sales@contoso.com' -User 'bob' -ExtendedRights 'Send-As'");
    assertEquals(
        "ManagementObjectNotFoundException",
        byAddress.get("reason").asText(),
        byAddress.toString());
    ok("Set-Mailbox -Identity 'Sales' -GrantSendOnBehalfTo 'Sales'");
    ok("Set-Mailbox -Identity 'Sales' -GrantSendOnBehalfTo @{Remove='Sales'}");
    assertEquals(0, ok("Get-Mailbox -Identity 'Sales'").get(0).get("GrantSendOnBehalfTo").size());
  }

  @Test
  void givenOnline_sendAsIsARecipientPermissionListedByUpn_andAdPermissionsDoNotExist() {
    open(ONLINE);
    ok("New-Mailbox -Name 'Sales' -Shared");
    ok("New-Mailbox -Name 'Helper' -Shared");
    JsonNode ad =
        call("Add-ADPermission -Identity 'Sales' -User 'Helper' -ExtendedRights 'Send-As'");
    assertTrue(ad.get("fqid").asText().startsWith("CommandNotFoundException"), ad.toString());
    // a cloud user without a mailbox is no recipient: Exchange Online does not find it
    JsonNode carol =
        call(
            "Add-RecipientPermission -Identity 'Sales' -Trustee 'carol' -AccessRights 'SendAs' -Confirm:$false");
    assertEquals(
        "ManagementObjectNotFoundException", carol.get("reason").asText(), carol.toString());
    String helper = ok("Get-Mailbox -Identity 'Helper'").get(0).get("UserPrincipalName").asText();
    ok(
        "Add-RecipientPermission -Identity 'Sales' -Trustee 'Helper' -AccessRights 'SendAs' -Confirm:$false");
    ok("Add-MailboxPermission -Identity 'Sales' -User 'Helper' -AccessRights 'FullAccess'");
    List<String> trustees = texts(ok("Get-RecipientPermission -Identity 'Sales'"), "Trustee");
    assertTrue(trustees.contains(helper), trustees.toString());
    assertTrue(trustees.stream().anyMatch(t -> t.contains("SELF")), trustees.toString());
    List<String> users = texts(ok("Get-MailboxPermission -Identity 'Sales'"), "User");
    assertTrue(users.contains(helper), users.toString());
    ok(
        "Remove-RecipientPermission -Identity 'Sales' -Trustee 'Helper' -AccessRights 'SendAs' -Confirm:$false");
    assertEquals(0, ok("Get-RecipientPermission -Identity 'Sales' -Trustee 'Helper'").size());
  }
}
