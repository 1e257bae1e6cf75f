package io.exchangekit.emulator.exchange;

import static io.exchangekit.core.mode.ExchangeVersion.EXCHANGE_2019;
import static io.exchangekit.core.mode.ExchangeVersion.ONLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exchange semantics of the emulated cmdlets, with Exchange's own errors. */
class ExchangeCmdletsTest {

  private ExchangeEmulator emulator;
  private EmulatorSession s;

  @BeforeEach
  void open() {
    emulator = ExchangeEmulator.forVersion(EXCHANGE_2019).withDemoOrganisation();
    s = emulator.newSession();
  }

  @AfterEach
  void close() {
    s.close();
  }

  /** Runs a command in the reference's envelope. */
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

  private void fails(String command, String reason, String message) {
    JsonNode n = call(command);
    assertFalse(n.get("ok").asBoolean(), n.toString());
    assertEquals(reason, n.get("reason").asText(), n.toString());
    if (message != null) {
      assertEquals(message, n.get("message").asText());
    }
  }

  @Test
  void givenAdUser_enableMailbox_attachesAMailboxWithDefaults() {
    assertEquals(
        "DB02",
        ok("Enable-Mailbox -Identity 'alice' -Database 'DB02'").get(0).get("Database").asText());
    // the catalog's Archive set has no -Database: the two are separate calls
    JsonNode mixed = call("Enable-Mailbox -Identity 'bob' -Database 'DB02' -Archive");
    assertEquals("AmbiguousParameterSet,Enable-Mailbox", mixed.get("fqid").asText());
    JsonNode m = ok("Enable-Mailbox -Identity 'alice' -Archive -ArchiveDatabase 'ARCH01'").get(0);
    assertEquals("DB02", m.get("Database").asText());
    assertEquals("ARCH01", m.get("ArchiveDatabase").asText());
    assertEquals("Default MRM Policy", m.get("RetentionPolicy").asText());
    assertEquals("alice@contoso.com", m.get("PrimarySmtpAddress").asText());
    fails(
        "Enable-Mailbox -Identity 'nobody'",
        "ManagementObjectNotFoundException",
        "The operation couldn't be performed because object 'nobody' couldn't be found on 'DC01.contoso.com'.");
  }

  @Test
  void givenUnknownDatabaseOrPolicy_create_failsAsExchangeDoes() {
    fails(
        "Enable-Mailbox -Identity 'alice' -Database 'DB99'",
        "ManagementObjectNotFoundException",
        "Couldn't find database \"DB99\". Make sure you have typed it correctly.");
    fails(
        "Enable-Mailbox -Identity 'alice' -RetentionPolicy 'Nope'",
        "ManagementObjectNotFoundException",
        "Couldn't find object \"Nope\". Please make sure that it was spelled correctly or specify a different object.");
    assertTrue(
        ok("Enable-Mailbox -Identity 'alice' -AddressBookPolicy 'ABP-Staff' -ActiveSyncMailboxPolicy 'Default'")
            .get(0)
            .get("AddressBookPolicy")
            .asText()
            .equals("ABP-Staff"));
  }

  @Test
  void givenTypedCreation_newMailbox_createsUserAndMailbox() {
    JsonNode m =
        ok("New-Mailbox -Name 'Frank Room' -Room -OrganizationalUnit 'contoso.com/Staff'").get(0);
    assertEquals("RoomMailbox", m.get("RecipientTypeDetails").asText());
    assertEquals("FrankRoom", m.get("Alias").asText());
    JsonNode u =
        ok("New-Mailbox -Name 'Gina' -UserPrincipalName 'gina@contoso.com' -Password (ConvertTo-SecureString -String 'x' -AsPlainText -Force) -FirstName 'Gina' -Initials 'GG' -SamAccountName 'gina' -ResetPasswordOnNextLogon $true")
            .get(0);
    assertEquals("gina", u.get("SamAccountName").asText());
    JsonNode user = ok("Get-User -Identity 'gina@contoso.com'").get(0);
    assertEquals("Gina", user.get("FirstName").asText());
    assertTrue(user.get("ResetPasswordOnNextLogon").asBoolean());
    fails(
        "New-Mailbox -Name 'Hugo' -OrganizationalUnit 'contoso.com/Nowhere' -Shared",
        "ManagementObjectNotFoundException",
        null);
  }

  @Test
  void givenTakenIdentifiers_newMailbox_failsWithTheMatchingReason() {
    ok("Enable-Mailbox -Identity 'alice'");
    String pw = " -Password (ConvertTo-SecureString -String 'x' -AsPlainText -Force)";
    fails(
        "New-Mailbox -Name 'alice' -UserPrincipalName 'other@contoso.com'" + pw,
        "ADObjectAlreadyExistsException",
        "The object 'CN=alice,OU=Users,DC=contoso,DC=com' already exists.");
    fails(
        "New-Mailbox -Name 'x1' -UserPrincipalName 'alice@contoso.com'" + pw,
        "ADObjectAlreadyExistsException",
        null);
    fails(
        "New-Mailbox -Name 'x2' -UserPrincipalName 'x2@contoso.com' -SamAccountName 'bob'" + pw,
        "ADObjectAlreadyExistsException",
        null);
    fails(
        "New-Mailbox -Name 'x3' -UserPrincipalName 'x3@contoso.com' -Alias 'alice'" + pw,
        "ADObjectAlreadyExistsException",
        null);
    fails(
        "New-Mailbox -Name 'x4' -UserPrincipalName 'x4@contoso.com' -PrimarySmtpAddress 'alice@contoso.com'"
            + pw,
        "ProxyAddressExistsException",
        "The proxy address \"SMTP:alice@contoso.com\" is already being used by the proxy addresses or LegacyExchangeDN of \"alice\". Please choose another proxy address.");
    fails(
        "New-Mailbox -Name 'x5' -UserPrincipalName 'x5@contoso.com' -PrimarySmtpAddress 'x5@fabrikam.com'"
            + pw,
        "RecipientTaskException",
        null);
  }

  @Test
  void givenEmailAddresses_setMailbox_addsRemovesAndKeepsExactlyOnePrimary() {
    ok("Enable-Mailbox -Identity 'alice'");
    ok(
        "Set-Mailbox -Identity 'alice' -EmailAddresses @{Add='smtp:a2@contoso.com','smtp:a3@contoso.com'} -Confirm:$false");
    ok("Set-Mailbox -Identity 'alice' -EmailAddresses @{Remove='smtp:a3@contoso.com'}");
    JsonNode m = ok("Get-Mailbox -Identity 'a2@contoso.com'").get(0);
    assertEquals(
        "[\"SMTP:alice@contoso.com\",\"smtp:a2@contoso.com\"]", m.get("EmailAddresses").toString());
    fails(
        "Set-Mailbox -Identity 'alice' -EmailAddresses 'SMTP:a@contoso.com','SMTP:b@contoso.com'",
        "RecipientTaskException",
        null);
    fails(
        "Set-Mailbox -Identity 'alice' -PrimarySmtpAddress 'new@contoso.com'",
        "RecipientTaskException",
        null);
    ok(
        "Set-Mailbox -Identity 'alice' -EmailAddressPolicyEnabled $false -PrimarySmtpAddress 'new@contoso.com'");
    assertEquals(
        "new@contoso.com",
        ok("Get-Mailbox -Identity 'alice'").get(0).get("PrimarySmtpAddress").asText());
  }

  @Test
  void givenEveryPolicyAndFlag_setMailbox_storesThem() {
    ok("Enable-Mailbox -Identity 'alice'");
    ok("Enable-Mailbox -Identity 'bob'");
    ok(
        "Set-Mailbox -Identity 'alice' -RetentionPolicy 'Default MRM Policy' -SharingPolicy 'Default Sharing Policy' -AddressBookPolicy 'ABP-Staff' -RoleAssignmentPolicy 'Default Role Assignment Policy' -ThrottlingPolicy 'Standard' -HiddenFromAddressListsEnabled $true -ModeratedBy 'bob' -ModerationEnabled $true -SendModerationNotifications Internal -CustomAttribute7 'locked:OWA'");
    JsonNode m = ok("Get-Mailbox -Identity 'alice'").get(0);
    assertEquals("Standard", m.get("ThrottlingPolicy").asText());
    // a remote session prints each ADObjectId of the list as its canonical name
    assertEquals("[\"contoso.com/Users/bob\"]", m.get("ModeratedBy").toString());
    assertEquals("Internal", m.get("SendModerationNotifications").asText());
    assertEquals("locked:OWA", m.get("CustomAttribute7").asText());
    assertTrue(m.get("HiddenFromAddressListsEnabled").asBoolean());
    JsonNode bad = call("Set-Mailbox -Identity 'alice' -SendModerationNotifications Sometimes");
    assertTrue(bad.get("message").asText().contains("Always"), bad.toString());
  }

  @Test
  void givenCasFlags_setCasMailbox_changesOnlyTheNamedProtocols() {
    ok("Enable-Mailbox -Identity 'alice'");
    ok("Set-CASMailbox -Identity 'alice' -OWAEnabled $false -PopEnabled $false");
    JsonNode c = ok("Get-CASMailbox -Identity 'alice'").get(0);
    assertFalse(c.get("OWAEnabled").asBoolean());
    assertFalse(c.get("PopEnabled").asBoolean());
    assertTrue(c.get("ActiveSyncEnabled").asBoolean());
    assertTrue(c.get("EwsEnabled").asBoolean());
    assertTrue(c.get("MAPIEnabled").asBoolean());
    assertTrue(c.get("ImapEnabled").asBoolean());
  }

  @Test
  void givenFilterAndResultSize_getMailbox_followsOpathAndTheDefaultOf1000() {
    for (int i = 0; i < 1002; i++) {
      s.run("New-Mailbox -Name 'shared" + i + "' -Shared | Out-Null");
    }
    assertEquals("1000\n", s.run("@(Get-Mailbox -WarningAction SilentlyContinue).Count").output());
    assertTrue(
        s.run("@(Get-Mailbox).Count")
            .output()
            .startsWith("WARNING: By default, only the first 1000 items are returned."));
    assertEquals("1002\n", s.run("@(Get-Mailbox -ResultSize Unlimited).Count").output());
    assertEquals("5\n", s.run("@(Get-Mailbox -ResultSize 5 3>$null).Count").output());
    assertEquals(
        "shared17\n",
        s.run("Get-Mailbox -Filter \"Alias -eq 'shared17'\" | % { $_.Name }").output());
    assertEquals(
        "100\n",
        s.run(
                "@(Get-Mailbox -Filter \"Name -like 'shared1*' -and -not (Alias -like 'shared10*')\" -ResultSize Unlimited).Count")
            .output());
    assertEquals(
        "2\n",
        s.run(
                "@(Get-Mailbox -Filter \"(Alias -eq 'shared1') -or (EmailAddresses -eq 'smtp:shared2@contoso.com')\").Count")
            .output());
    assertEquals(
        "0\n",
        s.run("@(Get-Mailbox -Filter 'HiddenFromAddressListsEnabled -eq $true').Count").output());
    JsonNode bad = call("Get-Mailbox -Filter \"Colour -eq 'x'\"");
    assertEquals("ParameterBindingException", bad.get("reason").asText());
    JsonNode syntax = call("Get-Mailbox -Filter \"Alias = 'x'\"");
    assertTrue(syntax.get("message").asText().contains("Invalid filter syntax"), syntax.toString());
  }

  @Test
  void givenMailbox_disableKeepsTheUserAndRemoveDeletesIt() {
    ok("Enable-Mailbox -Identity 'alice'");
    ok("Enable-Mailbox -Identity 'bob'");
    ok("Disable-Mailbox -Identity 'alice' -Confirm:$false");
    assertEquals(
        "User", ok("Get-User -Identity 'alice'").get(0).get("RecipientTypeDetails").asText());
    fails("Get-Mailbox -Identity 'alice'", "ManagementObjectNotFoundException", null);
    ok("Remove-Mailbox -Identity 'bob' -Confirm:$false");
    fails("Get-User -Identity 'bob'", "ManagementObjectNotFoundException", null);
  }

  @Test
  void givenUser_setUser_changesAdAttributesWithLimits() {
    ok(
        "Set-User -Identity 'dave' -FirstName 'David' -LastName 'Jones' -Initials 'DJ' -Department 'Sales' -Confirm:$false");
    JsonNode u = ok("Get-User -Identity 'dave'").get(0);
    assertEquals("Jones", u.get("LastName").asText());
    assertEquals("Sales", u.get("Department").asText());
    fails("Set-User -Identity 'dave' -Initials 'ABCDEFG'", "DataValidationException", null);
    fails(
        "Set-User -Identity 'dave' -UserPrincipalName 'alice@contoso.com'",
        "ADObjectAlreadyExistsException",
        null);
  }

  @Test
  void givenGroups_lifecycleAndMembership_followExchange() {
    ok("Enable-Mailbox -Identity 'alice'");
    ok("Enable-Mailbox -Identity 'bob'");
    JsonNode g =
        ok("New-DistributionGroup -Name 'Sales' -Type Security -Members 'alice' -ManagedBy 'bob' -MemberJoinRestriction ApprovalRequired -RequireSenderAuthenticationEnabled $false")
            .get(0);
    assertEquals("MailUniversalSecurityGroup", g.get("RecipientTypeDetails").asText());
    assertEquals("Sales@contoso.com", g.get("PrimarySmtpAddress").asText());
    ok("Add-DistributionGroupMember -Identity 'Sales' -Member 'bob'");
    fails(
        "Add-DistributionGroupMember -Identity 'Sales' -Member 'bob'",
        "MemberAlreadyExistsException",
        null);
    assertEquals(2, ok("Get-DistributionGroupMember -Identity 'sales@contoso.com'").size());
    ok("Remove-DistributionGroupMember -Identity 'Sales' -Member 'alice' -Confirm:$false");
    fails(
        "Remove-DistributionGroupMember -Identity 'Sales' -Member 'alice' -Confirm:$false",
        "MemberNotFoundException",
        null);
    ok(
        "Update-DistributionGroupMember -Identity 'Sales' -Members 'alice','All Staff' -Confirm:$false");
    assertEquals(
        "[\"alice\",\"All Staff\"]",
        s.run(
                "ConvertTo-Json -InputObject @(Get-DistributionGroupMember -Identity 'Sales' | % { $_.Name }) -Compress")
            .output()
            .trim());
    ok(
        "Set-DistributionGroup -Identity 'Sales' -ModeratedBy 'bob' -ModerationEnabled $true -MemberDepartRestriction Open -HiddenFromAddressListsEnabled $true");
    JsonNode after = ok("Get-DistributionGroup -Identity 'Sales'").get(0);
    assertEquals("Open", after.get("MemberDepartRestriction").asText());
    assertFalse(after.get("RequireSenderAuthenticationEnabled").asBoolean());
    fails("New-DistributionGroup -Name 'Sales'", "ADObjectAlreadyExistsException", null);
    ok("Remove-DistributionGroup -Identity 'Sales' -Confirm:$false");
    fails("Get-DistributionGroup -Identity 'Sales'", "ManagementObjectNotFoundException", null);
  }

  @Test
  void givenAdOnlyGroup_exchangeCmdlets_cannotSeeIt() {
    fails(
        "Add-DistributionGroupMember -Identity 'Legacy Group' -Member 'alice'",
        "ManagementObjectNotFoundException",
        "The operation couldn't be performed because object 'Legacy Group' couldn't be found on 'DC01.contoso.com'.");
    assertEquals(
        "allstaff@contoso.com",
        ok("Get-Recipient -Identity 'All Staff'").get(0).get("PrimarySmtpAddress").asText());
  }

  @Test
  void givenAdModule_disableAndEnableAccount_useAdIdentities() {
    ok("Disable-ADAccount -Identity 'alice'");
    assertEquals(false, emulator.organisation().accountEnabled("alice").orElseThrow());
    ok("Enable-ADAccount -Identity 'alice'");
    assertEquals(true, emulator.organisation().accountEnabled("alice").orElseThrow());
    JsonNode n = call("Disable-ADAccount -Identity 'alice@contoso.com'");
    assertEquals("ADIdentityNotFoundException", n.get("reason").asText());
    assertEquals(
        "Cannot find an object with identity: 'alice@contoso.com' under: 'DC=contoso,DC=com'.",
        n.get("message").asText());
  }

  @Test
  void givenBareSession_exchangeCmdlets_needTheSessionSetUp() {
    try (EmulatorSession bare = emulator.newDisconnectedSession()) {
      assertTrue(
          bare.run("Get-Mailbox").output().startsWith("The term 'Get-Mailbox' is not recognized"));
      bare.run(
          "$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://exchange1.contoso.com/PowerShell/ -Authentication Kerberos");
      bare.run("Import-PSSession $s -DisableNameChecking | Out-Null");
      assertEquals("\n", bare.run("Get-Mailbox").output());
      bare.run("Remove-PSSession $s");
      assertTrue(
          bare.run("Get-Mailbox").output().startsWith("The term 'Get-Mailbox' is not recognized"));
    }
  }

  @Test
  void givenOnline_mailboxAppearsOnlyAfterLicenceAndDelay() {
    AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    ExchangeEmulator online =
        ExchangeEmulator.forVersion(ONLINE)
            .withDemoOrganisation()
            .withClock(clock)
            .withMailboxProvisioningDelay(Duration.ofMinutes(10));
    try (EmulatorSession o = online.newDisconnectedSession()) {
      assertEquals(
          "\n",
          o.run(
                  "Connect-ExchangeOnline -AppId '36ee4c6c' -Organization 'contoso.onmicrosoft.com' -CertificateThumbprint 'ABC' -ShowBanner:$false")
              .output());
      String get =
          "Get-Mailbox -Identity 'carol@contoso.onmicrosoft.com' -ErrorAction SilentlyContinue -ErrorVariable ev; $ev.Count";
      assertEquals("1\n", o.run(get).output());
      online.licenceChanged("carol@contoso.onmicrosoft.com", "Carol", true);
      assertEquals("1\n", o.run(get).output());
      now.set(now.get().plus(Duration.ofMinutes(11)));
      assertTrue(o.run(get).output().contains("carol"));
      online.licenceChanged("carol@contoso.onmicrosoft.com", "Carol", false);
      assertEquals("1\n", o.run(get).output());
      assertTrue(
          o.run("Connect-ExchangeOnline -AppId 'x' -Organization 'fabrikam.onmicrosoft.com'")
              .output()
              .contains("AADSTS90002"));
    }
  }

  @Test
  void givenOnlineMailboxCreation_newMailboxUsesMicrosoftOnlineServicesId() {
    try (EmulatorSession o =
        ExchangeEmulator.forVersion(ONLINE).withDemoOrganisation().newSession()) {
      String r =
          o.run(
                  "New-Mailbox -Name 'Shared Desk' -Shared -Alias 'desk' | % { $_.PrimarySmtpAddress }")
              .output();
      assertEquals("desk@contoso.com\n", r);
      assertTrue(
          o.run(
                  "Set-Mailbox -Identity 'desk' -AccountDisabled $true; (Get-Mailbox -Identity 'desk').AccountDisabled")
              .output()
              .endsWith("True\n"));
    }
  }

  @Test
  void givenAccountDisabled_setMailbox_isFunctionalOnlyInTheCloud() {
    ok("Enable-Mailbox -Identity 'alice'");
    ok("Set-Mailbox -Identity 'alice' -AccountDisabled $true");
    assertEquals(true, emulator.organisation().accountEnabled("alice").orElseThrow());
    try (EmulatorSession old =
        ExchangeEmulator.forVersion(io.exchangekit.core.mode.ExchangeVersion.EXCHANGE_2013)
            .withDemoOrganisation()
            .newSession()) {
      String out = old.run("Set-Mailbox -Identity 'alice' -AccountDisabled $true").output();
      assertTrue(
          out.startsWith(
              "A parameter cannot be found that matches parameter name 'AccountDisabled'."),
          out);
    }
  }

  @Test
  void givenGraphHooks_cloudUserChanges_areVisibleToExchangeOnline() {
    ExchangeEmulator online = ExchangeEmulator.forVersion(ONLINE).withDemoOrganisation();
    online.licenceChanged("carol@contoso.onmicrosoft.com", "Carol", true);
    try (EmulatorSession o = online.newSession()) {
      assertEquals(
          "False\n",
          o.run("(Get-User -Identity 'carol@contoso.onmicrosoft.com').AccountDisabled").output());
      assertTrue(online.organisation().signInChanged("carol@contoso.onmicrosoft.com", false));
      assertEquals(
          "True\n",
          o.run("(Get-Mailbox -Identity 'carol@contoso.onmicrosoft.com').AccountDisabled")
              .output());
      assertTrue(online.organisation().cloudUserDeleted("carol@contoso.onmicrosoft.com"));
      assertTrue(
          o.run("Get-User -Identity 'carol@contoso.onmicrosoft.com'")
              .output()
              .contains("couldn't be found"));
      assertFalse(online.organisation().cloudUserDeleted("carol@contoso.onmicrosoft.com"));
    }
  }

  @Test
  void givenCredential_newPsSession_needsTheDomainInTheAccountName() {
    String cred =
        "$c=New-Object System.Management.Automation.PSCredential('%s',(ConvertTo-SecureString -String 'pw' -AsPlainText -Force));";
    String open =
        "$s=New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://exchange1.contoso.com/PowerShell/ -Authentication Basic -Credential $c";
    try (EmulatorSession bare = emulator.newDisconnectedSession()) {
      String denied = bare.run(String.format(cred, "svc") + open).output();
      assertTrue(denied.contains("Access is denied."), denied);
      assertEquals("\n", bare.run(String.format(cred, "CONTOSO\\svc") + open).output());
      assertTrue(
          bare.run("New-Object System.Net.WebClient")
              .output()
              .startsWith("Cannot find type [System.Net.WebClient]"));
    }
  }

  @Test
  void givenIdentityMatchingTwoRecipients_call_failsAsAmbiguous() {
    ok("New-Mailbox -Name 'x1' -Alias 'x2' -Shared");
    ok("New-Mailbox -Name 'x2' -Alias 'x3' -Shared");
    fails(
        "Get-Mailbox -Identity 'x2'",
        "ManagementObjectAmbiguousException",
        "The operation couldn't be performed because 'x2' matches multiple entries.");
  }

  @Test
  void givenSeedsSyncString_getMailbox_showsTheBasicDetails() {
    ok("Enable-Mailbox -Identity 'alice'");
    JsonNode m = ok("Get-Mailbox | Select-Object Name,Alias,ServerName,ProhibitSendQuota").get(0);
    assertEquals(
        "{\"Name\":\"alice\",\"Alias\":\"alice\",\"ServerName\":\"exchange1\",\"ProhibitSendQuota\":\"Unlimited\"}",
        m.toString());
  }
}
