package io.exchangekit.emulator.exchange;

import static io.exchangekit.core.mode.ExchangeVersion.EXCHANGE_2016;
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

/** The search parameters of the Get-* cmdlets, answered as Exchange answers them. */
class SearchParametersTest {
  private EmulatorSession s;

  private void open(ExchangeVersion version) {
    s = ExchangeEmulator.forVersion(version).withDemoOrganisation().newSession();
    if (version.isOnPremises()) {
      ok(
          "New-Mailbox -Name 'John Doe' -Alias 'jdoe' -UserPrincipalName 'jdoe@contoso.com'"
              + " -SamAccountName 'jdoe' -FirstName 'John' -LastName 'Doe'"
              + " -OrganizationalUnit 'contoso.com/Staff' -Database 'DB01'"
              + " -Password (ConvertTo-SecureString -String 'P@ssw0rd!x' -AsPlainText -Force)");
      ok("Enable-Mailbox -Identity 'alice' -Database 'DB02'");
      ok("Set-Mailbox -Identity 'jdoe' -EmailAddresses @{Add='smtp:john.doe@contoso.com'}");
    } else {
      ok(
          "New-Mailbox -Name 'John Doe' -Alias 'jdoe' -MicrosoftOnlineServicesID"
              + " 'jdoe@contoso.com' -FirstName 'John' -LastName 'Doe'"
              + " -Password (ConvertTo-SecureString -String 'P@ssw0rd!x' -AsPlainText -Force)");
    }
    ok(
        "New-Mailbox -Shared -Name 'Archive Desk' -Alias 'archivedesk' -DisplayName 'Archive Desk'"
            + (version.isOnPremises() ? " -Database 'DB02'" : ""));
  }

  @AfterEach
  void close() {
    s.close();
  }

  private JsonNode call(String command) {
    return s.run(
            "$ev=$null;try{$r=@("
                + command
                + " -ErrorAction Stop -ErrorVariable ev 3>$null);$o=[pscustomobject]@{ok=($ev.Count"
                + " -eq 0);data=$r}}catch{$o=[pscustomobject]@{ok=$false;reason=$_.CategoryInfo.Reason;fqid=$_.FullyQualifiedErrorId;message=$_.Exception.Message}};ConvertTo-Json"
                + " -InputObject $o -Depth 5 -Compress")
        .json();
  }

  private JsonNode ok(String command) {
    JsonNode n = call(command);
    assertTrue(n.get("ok").asBoolean(), command + " -> " + n);
    return n.get("data");
  }

  /** The names of the objects a read returns, in order. */
  private List<String> names(String command) {
    List<String> out = new ArrayList<>();
    ok(command + " | Select-Object -Property Name").forEach(o -> out.add(o.get("Name").asText()));
    return out;
  }

  @Test
  void givenEveryIdentityForm_getMailbox_findsTheSameMailbox() {
    open(EXCHANGE_2016);
    for (String id :
        List.of(
            "John Doe",
            "jdoe",
            "JDOE@contoso.com",
            "john.doe@contoso.com",
            "smtp:john.doe@contoso.com",
            "CN=John Doe,OU=Staff,DC=contoso,DC=com",
            "contoso.com/Staff/John Doe",
            "CONTOSO\\jdoe")) {
      assertEquals(List.of("John Doe"), names("Get-Mailbox -Identity '" + id + "'"), id);
    }
    String guid = ok("Get-Mailbox -Identity jdoe").get(0).get("Guid").asText();
    assertEquals(List.of("John Doe"), names("Get-Mailbox -Identity '" + guid + "'"));
    for (String id :
        List.of("All Staff", "allstaff", "allstaff@contoso.com", "CONTOSO\\allstaff")) {
      assertEquals(List.of("All Staff"), names("Get-DistributionGroup -Identity '" + id + "'"), id);
    }
  }

  @Test
  void givenSearchParameters_getMailbox_answersEachAsExchangeDoes() {
    open(EXCHANGE_2016);
    assertEquals(List.of("John Doe"), names("Get-Mailbox -Database DB01"));
    assertEquals(List.of("John Doe"), names("Get-Mailbox -OrganizationalUnit 'contoso.com/Staff'"));
    assertEquals(
        List.of("John Doe"), names("Get-Mailbox -OrganizationalUnit 'OU=Staff,DC=contoso,DC=com'"));
    for (String prefix : List.of("jdo", "John", "Doe", "john.d", "Jo")) {
      assertEquals(List.of("John Doe"), names("Get-Mailbox -Anr '" + prefix + "'"), prefix);
    }
    assertEquals(
        List.of("alice", "John Doe"),
        names("Get-Mailbox -RecipientTypeDetails UserMailbox -SortBy Name"));
    assertEquals(
        List.of("alice", "Archive Desk", "John Doe"),
        names("Get-Mailbox -RecipientTypeDetails UserMailbox,SharedMailbox -SortBy Name"));
    assertEquals(List.of("Archive Desk"), names("Get-Mailbox -Filter \"DisplayName -like 'Ar*'\""));
    assertEquals(
        List.of("alice", "Archive Desk"),
        names("Get-Mailbox -Filter \"DisplayName -like 'A*'\" -SortBy DisplayName"));
    JsonNode unknownDb = call("Get-Mailbox -Database DB99");
    assertFalse(unknownDb.get("ok").asBoolean(), unknownDb.toString());
    JsonNode badSort = call("Get-Mailbox -SortBy Bogus");
    assertFalse(badSort.get("ok").asBoolean(), badSort.toString());
  }

  @Test
  void givenAParameterTheVersionLacks_getMailbox_failsWithPowerShellsText() {
    open(ONLINE);
    JsonNode n = call("Get-Mailbox -Database DB01");
    assertFalse(n.get("ok").asBoolean(), n.toString());
    assertEquals(
        "A parameter cannot be found that matches parameter name 'Database'.",
        n.get("message").asText());
    assertEquals(List.of("John Doe"), names("Get-EXOMailbox -Anr jdoe"));
    assertTrue(names("Get-MailContact").isEmpty());
  }
}
