package io.exchangekit.emulator.exchange;

import static io.exchangekit.core.mode.ExchangeVersion.EXCHANGE_2010;
import static io.exchangekit.core.mode.ExchangeVersion.EXCHANGE_2016;
import static io.exchangekit.core.mode.ExchangeVersion.ONLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.exchangekit.core.mode.ExchangeVersion;
import org.junit.jupiter.api.Test;

/** Every call is checked against Microsoft's catalog for the instance's version. */
class CatalogBindingTest {

  private static JsonNode envelope(ExchangeVersion version, String command) {
    try (EmulatorSession s =
        ExchangeEmulator.forVersion(version).withDemoOrganisation().newSession()) {
      s.run("Enable-Mailbox -Identity 'alice' | Out-Null");
      return s.run(
              "try{$r=@("
                  + command
                  + " -ErrorAction Stop);$o=[pscustomobject]@{ok=$true;data=$r}}catch{$o=[pscustomobject]@{ok=$false;reason=$_.CategoryInfo.Reason;fqid=$_.FullyQualifiedErrorId;message=$_.Exception.Message}};ConvertTo-Json -InputObject $o -Depth 5 -Compress")
          .json();
    }
  }

  private static void assertBindingError(JsonNode n, String message, String fqid) {
    assertFalse(n.get("ok").asBoolean(), n.toString());
    assertEquals("ParameterBindingException", n.get("reason").asText(), n.toString());
    assertEquals(message, n.get("message").asText());
    assertEquals(fqid, n.get("fqid").asText());
  }

  @Test
  void givenUnknownParameter_call_failsWithPowerShellsText() {
    assertBindingError(
        envelope(EXCHANGE_2016, "Set-Mailbox -Identity 'alice' -Colour 'blue'"),
        "A parameter cannot be found that matches parameter name 'Colour'.",
        "NamedParameterNotFound,Set-Mailbox");
  }

  @Test
  void givenParameterOfAnotherVersion_call_failsAsUnknown() {
    String call = "Set-Mailbox -Identity 'alice' -ManagedFolderMailboxPolicy 'x'";
    assertBindingError(
        envelope(EXCHANGE_2016, call),
        "A parameter cannot be found that matches parameter name 'ManagedFolderMailboxPolicy'.",
        "NamedParameterNotFound,Set-Mailbox");
    // in 2010 the parameter exists, so the failure is Exchange's own: no such policy
    assertEquals(
        "ManagementObjectNotFoundException", envelope(EXCHANGE_2010, call).get("reason").asText());
  }

  @Test
  void givenOnPremisesOnlyParameterOnline_call_failsAsUnknown() {
    assertBindingError(
        envelope(ONLINE, "New-Mailbox -Name 'x' -Shared -Database 'DB01'"),
        "A parameter cannot be found that matches parameter name 'Database'.",
        "NamedParameterNotFound,New-Mailbox");
  }

  @Test
  void givenParametersOfTwoSets_call_cannotResolveTheSet() {
    assertBindingError(
        envelope(EXCHANGE_2016, "New-Mailbox -Name 'x' -Room -Shared"),
        "Parameter set cannot be resolved using the specified named parameters.",
        "AmbiguousParameterSet,New-Mailbox");
  }

  @Test
  void givenStringForBoolean_call_failsWithTheTransformationText() {
    JsonNode n =
        envelope(
            EXCHANGE_2016, "Set-Mailbox -Identity 'alice' -HiddenFromAddressListsEnabled 'yes'");
    assertEquals("ParameterBindingArgumentTransformationException", n.get("reason").asText());
    assertEquals(
        "Cannot process argument transformation on parameter 'HiddenFromAddressListsEnabled'. Cannot convert value \"System.String\" to type \"System.Boolean\". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.",
        n.get("message").asText());
  }

  @Test
  void givenPlainStringPassword_call_failsAndMasksIt() {
    JsonNode n =
        envelope(
            EXCHANGE_2016,
            "New-Mailbox -Name 'x' -UserPrincipalName 'x@contoso.com' -Password 'Secr3t!'");
    assertEquals("CannotConvertArgument,New-Mailbox", n.get("fqid").asText());
    assertFalse(n.toString().contains("Secr3t"), n.toString());
  }

  @Test
  void givenArrayForStringParameter_call_failsToConvert() {
    JsonNode n = envelope(EXCHANGE_2016, "Set-Mailbox -Identity 'alice' -DisplayName 'a','b'");
    assertEquals("CannotConvertArgument,Set-Mailbox", n.get("fqid").asText());
  }

  @Test
  void givenSwitchWithSpaceSeparatedValue_call_failsOnThePositionalValue() {
    assertBindingError(
        envelope(EXCHANGE_2016, "Enable-Mailbox -Identity 'bob' -Shared $true"),
        "A positional parameter cannot be found that accepts argument 'True'.",
        "PositionalParameterNotFound,Enable-Mailbox");
  }

  @Test
  void givenParameterWithoutValue_call_failsWithMissingArgument() {
    JsonNode n = envelope(EXCHANGE_2016, "Set-Mailbox -Identity 'alice' -Alias");
    assertEquals("MissingArgument,Set-Mailbox", n.get("fqid").asText());
  }

  @Test
  void givenAliasAndPrefix_call_bindsLikePowerShell() {
    assertTrue(
        envelope(EXCHANGE_2016, "Set-Mailbox -Ident 'alice' -Hidden $true -cf:$false")
            .get("ok")
            .asBoolean());
    JsonNode ambiguous = envelope(EXCHANGE_2016, "Set-Mailbox -Identity 'alice' -Arch 'x'");
    assertEquals("AmbiguousParameter,Set-Mailbox", ambiguous.get("fqid").asText());
  }

  @Test
  void givenGetCmdletWithConfirm_call_failsBecauseGetHasNoConfirm() {
    assertBindingError(
        envelope(EXCHANGE_2016, "Get-Mailbox -Identity 'alice' -Confirm:$false"),
        "A parameter cannot be found that matches parameter name 'Confirm'.",
        "NamedParameterNotFound,Get-Mailbox");
  }

  @Test
  void givenDestructiveCmdletWithoutConfirmFalse_run_promptsAndTakesTheNextLineAsAnswer() {
    ExchangeEmulator emulator = ExchangeEmulator.forVersion(EXCHANGE_2016).withDemoOrganisation();
    try (EmulatorSession s = emulator.newSession()) {
      s.run("Enable-Mailbox -Identity 'alice' | Out-Null");
      ScriptResult prompt = s.run("Remove-Mailbox -Identity 'alice'");
      assertFalse(prompt.complete());
      assertFalse(prompt.output().endsWith("\n"));
      assertTrue(
          prompt.output().contains("Are you sure you want to perform this action?"),
          prompt.output());
      ScriptResult reprompt = s.run("Get-Mailbox");
      assertFalse(reprompt.complete(), "an invalid answer prompts again");
      assertTrue(s.run("N").complete());
      assertTrue(emulator.organisation().hasMailbox("alice@contoso.com"));
      s.run("Remove-Mailbox -Identity 'alice'");
      assertTrue(s.run("Y").complete());
      assertFalse(emulator.organisation().hasUser("alice@contoso.com"));
      for (String destructive :
          new String[] {
            "Disable-Mailbox -Identity 'x'",
            "Remove-DistributionGroup -Identity 'All Staff'",
            "Update-DistributionGroupMember -Identity 'All Staff' -Members 'bob'",
            "Remove-DistributionGroupMember -Identity 'All Staff' -Member 'bob'"
          }) {
        assertFalse(s.run(destructive).complete(), destructive);
        assertTrue(s.run("N").complete());
      }
      assertEquals(
          1, emulator.organisation().groupNames().stream().filter("All Staff"::equals).count());
    }
  }

  @Test
  void givenMissingMandatoryParameter_run_promptsForIt() {
    try (EmulatorSession s =
        ExchangeEmulator.forVersion(EXCHANGE_2016).withDemoOrganisation().newSession()) {
      ScriptResult r = s.run("New-DistributionGroup -Alias 'x'");
      assertFalse(r.complete());
      assertTrue(
          r.output().endsWith("Supply values for the following parameters:\nName: "), r.output());
      assertTrue(s.run("Sales").complete());
      assertEquals("Sales\n", s.run("(Get-DistributionGroup -Identity 'x').Name").output());
    }
  }

  @Test
  void givenWhatIf_destructiveCmdlet_changesNothing() {
    ExchangeEmulator emulator = ExchangeEmulator.forVersion(EXCHANGE_2016).withDemoOrganisation();
    try (EmulatorSession s = emulator.newSession()) {
      s.run("Enable-Mailbox -Identity 'bob' | Out-Null");
      assertTrue(s.run("Remove-Mailbox -Identity 'bob' -WhatIf").output().startsWith("What if:"));
      assertTrue(emulator.organisation().hasMailbox("bob@contoso.com"));
    }
  }

  @Test
  void givenNullIdentity_setCmdletRejectsItAndGetReturnsEverything() {
    JsonNode set = envelope(EXCHANGE_2016, "Set-Mailbox -Identity $null -Alias 'x'");
    assertEquals(
        "ParameterArgumentValidationErrorNullNotAllowed,Set-Mailbox", set.get("fqid").asText());
    assertEquals(
        "Cannot bind argument to parameter 'Identity' because it is null.",
        set.get("message").asText());
    // documented: $null for Get-Mailbox's Identity returns all objects
    JsonNode get = envelope(EXCHANGE_2016, "Get-Mailbox -Identity $null");
    assertEquals(1, get.get("data").size());
  }

  @Test
  void givenCatalogCmdletTheEmulatorDoesNotModel_call_isBoundThenRefusedClearly() {
    JsonNode n = envelope(EXCHANGE_2016, "Get-MailboxStatistics -Identity 'alice'");
    assertEquals("NotSupportedException", n.get("reason").asText(), n.toString());
    assertEquals("NotEmulated,Get-MailboxStatistics", n.get("fqid").asText());
    assertBindingError(
        envelope(EXCHANGE_2016, "Get-MailboxStatistics -Identity 'alice' -Bogus 1"),
        "A parameter cannot be found that matches parameter name 'Bogus'.",
        "NamedParameterNotFound,Get-MailboxStatistics");
    // on-premises only cmdlets do not exist online
    JsonNode online = envelope(ONLINE, "Get-RemoteMailbox -Identity 'x'");
    assertEquals("CommandNotFoundException", online.get("reason").asText(), online.toString());
  }
}
