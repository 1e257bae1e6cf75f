package io.exchangekit.emulator.exchange;

import static io.exchangekit.core.mode.ExchangeVersion.EXCHANGE_2016;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ExchangeEmulatorTest {

  static String template(String command, String nonce) {
    return "$ProgressPreference='SilentlyContinue';$WarningPreference='SilentlyContinue';$ev=$null;try{$r=@("
        + command
        + " -ErrorAction Stop -ErrorVariable ev -WarningAction SilentlyContinue -Confirm:$false 3>$null);$o=[pscustomobject]@{n='"
        + nonce
        + "';ok=($ev.Count -eq 0);data=$r;err=@($ev|%{\"$_\"})}}catch{$o=[pscustomobject]@{n='"
        + nonce
        + "';ok=$false;reason=$_.CategoryInfo.Reason;fqid=$_.FullyQualifiedErrorId;message=$_.Exception.Message}};ConvertTo-Json -InputObject $o -Depth 5 -Compress";
  }

  @Test
  void givenReferenceTemplate_run_printsOneJsonEnvelope() {
    ExchangeEmulator emulator = ExchangeEmulator.forVersion(EXCHANGE_2016).withDemoOrganisation();
    try (EmulatorSession s = emulator.newSession()) {
      ScriptResult enable = s.run(template("Enable-Mailbox -Identity 'alice'", "n1"));
      JsonNode e = enable.json();
      assertTrue(e.get("ok").asBoolean(), enable.output());
      ScriptResult r =
          s.run(
              "$ProgressPreference='SilentlyContinue';$WarningPreference='SilentlyContinue';$ev=$null;try{$r=@(Set-Mailbox -Identity 'alice@contoso.com' -HiddenFromAddressListsEnabled $true -ErrorAction Stop -ErrorVariable ev -WarningAction SilentlyContinue -Confirm:$false 3>$null);$o=[pscustomobject]@{n='7f3a';ok=($ev.Count -eq 0);data=$r;err=@($ev|%{\"$_\"})}}catch{$o=[pscustomobject]@{n='7f3a';ok=$false;reason=$_.CategoryInfo.Reason;fqid=$_.FullyQualifiedErrorId;message=$_.Exception.Message}};ConvertTo-Json -InputObject $o -Depth 5 -Compress");
      assertEquals("{\"n\":\"7f3a\",\"ok\":true,\"data\":[],\"err\":[]}\n", r.output());
      ScriptResult missing = s.run(template("Set-Mailbox -Identity 'nobody'", "n2"));
      assertFalse(missing.json().get("ok").asBoolean());
      assertEquals("ManagementObjectNotFoundException", missing.json().get("reason").asText());
    }
  }

  @Test
  void givenDelayBeforeOrganisation_withDemoOrganisation_keepsTheDelay() {
    ExchangeEmulator e =
        ExchangeEmulator.forVersion(io.exchangekit.core.mode.ExchangeVersion.ONLINE)
            .withMailboxProvisioningDelay(java.time.Duration.ofHours(1))
            .withDemoOrganisation();
    e.licenceChanged("carol@contoso.onmicrosoft.com", "Carol", true);
    assertFalse(e.organisation().hasMailbox("carol@contoso.onmicrosoft.com"));
  }

  @Test
  void givenANewLicensedCloudUser_exchangeOnline_namesItAfterItsDirectoryIdAndListsItSo() {
    ExchangeEmulator e =
        ExchangeEmulator.forVersion(io.exchangekit.core.mode.ExchangeVersion.ONLINE)
            .withMailboxProvisioningDelay(java.time.Duration.ZERO)
            .withDemoOrganisation();
    e.licenceChanged("zoe@contoso.onmicrosoft.com", "Zoe", true);
    try (EmulatorSession s = e.newSession()) {
      String name =
          s.run("(Get-Mailbox -Identity 'zoe@contoso.onmicrosoft.com').Name").output().strip();
      assertEquals(
          name, s.run("(Get-Mailbox -Identity 'zoe').ExternalDirectoryObjectId").output().strip());
      assertEquals(name, java.util.UUID.fromString(name).toString());
      s.run("New-Mailbox -Shared -Name 'desk'");
      s.run("Set-Mailbox -Identity 'desk' -ModeratedBy 'zoe@contoso.onmicrosoft.com'");
      assertEquals(
          name,
          s.run("(Get-Mailbox -Identity 'desk').ModeratedBy | ForEach-Object {[string]$_}")
              .output()
              .strip());
    }
  }
}
