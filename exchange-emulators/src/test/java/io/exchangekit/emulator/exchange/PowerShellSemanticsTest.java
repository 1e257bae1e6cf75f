package io.exchangekit.emulator.exchange;

import static io.exchangekit.core.mode.ExchangeVersion.EXCHANGE_2016;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PowerShell language subset, run through an in-process session. */
class PowerShellSemanticsTest {

  private ExchangeEmulator emulator;
  private EmulatorSession session;

  @BeforeEach
  void open() {
    emulator = ExchangeEmulator.forVersion(EXCHANGE_2016).withDemoOrganisation();
    session = emulator.newSession();
    session.run("Enable-Mailbox -Identity 'alice' | Out-Null");
    session.run("Enable-Mailbox -Identity 'bob' | Out-Null");
  }

  @AfterEach
  void close() {
    session.close();
  }

  private String out(String line) {
    ScriptResult r = session.run(line);
    assertTrue(r.complete(), r.output());
    return r.output();
  }

  @Test
  void givenDoubleQuotes_expansion_substitutesVariablesSubexpressionsAndEscapes() {
    out("$name='World'");
    assertEquals(
        "Hello World! `$ \"q\" 3\n", out("\"Hello $name! ``$ `\"q`\" $(@(1,2,3).Count)\""));
    assertEquals("$name\n", out("'$name'"));
  }

  @Test
  void givenLiterals_json_rendersTrueFalseNullNumbersArraysAndHashtables() {
    assertEquals(
        "{\"a\":1,\"b\":\"x\",\"c\":[1,2],\"d\":true,\"e\":null,\"f\":{\"Add\":\"y\"}}\n",
        out(
            "ConvertTo-Json -InputObject ([pscustomobject]@{a=1;b='x';c=@(1,2);d=$true;e=$null;f=@{Add='y'}}) -Compress"));
  }

  @Test
  void givenDepth_json_stringifiesDeeperObjects() {
    assertEquals(
        "{\"a\":{\"b\":\"@{c=1}\"}}\n",
        out(
            "ConvertTo-Json -InputObject ([pscustomobject]@{a=[pscustomobject]@{b=[pscustomobject]@{c=1}}}) -Depth 1 -Compress 3>$null"));
    assertTrue(
        out("ConvertTo-Json -InputObject ([pscustomobject]@{a=[pscustomobject]@{b=[pscustomobject]@{c=1}}}) -Depth 1 -Compress")
            .startsWith(
                "WARNING: Resulting JSON is truncated as serialization has exceeded the set depth of 1."));
    assertFalse(
        out("ConvertTo-Json -InputObject ([pscustomobject]@{a=[pscustomobject]@{b=1}}) -Depth 1 -Compress")
            .contains("WARNING"));
    assertTrue(
        out("ConvertTo-Json -InputObject 1 -Depth 101")
            .contains("ParameterArgumentValidationError,ConvertTo-Json"));
  }

  @Test
  void givenSplatting_command_bindsHashtableAsNamedParameters() {
    out("$p=@{Identity='alice';HiddenFromAddressListsEnabled=$true;Confirm=$false}");
    out("Set-Mailbox @p");
    assertEquals("True\n", out("(Get-Mailbox -Identity 'alice').HiddenFromAddressListsEnabled"));
  }

  @Test
  void givenPipeline_selectWhereForEach_work() {
    assertEquals(
        "alice@contoso.com\n",
        out(
            "Get-Mailbox | Where-Object { $_.Name -eq 'alice' } | ForEach-Object { \"$($_.PrimarySmtpAddress)\" }"));
    String json =
        out(
            "ConvertTo-Json -InputObject @(Get-Mailbox -Identity 'bob' | Select-Object Name,@{n='Addr';e={@($_.EmailAddresses|%{\"$_\"})}}) -Compress");
    assertEquals("[{\"Name\":\"bob\",\"Addr\":\"SMTP:bob@contoso.com\"}]\n", json);
    assertEquals("bob\n", out("Get-Mailbox | Where-Object Name -eq 'bob' | % { $_.Name }"));
  }

  @Test
  void givenErrorActionStop_tryCatch_seesReasonIdAndMessage() {
    String line =
        "try{Set-Mailbox -Identity 'ghost' -Alias x -ErrorAction Stop}catch{\"$($_.CategoryInfo.Reason)|$($_.Exception.Message)\"}";
    assertEquals(
        "ManagementObjectNotFoundException|The operation couldn't be performed because object 'ghost' couldn't be found on 'DC01.contoso.com'.\n",
        out(line));
  }

  @Test
  void givenNoErrorActionStop_error_isNotCaughtButPrintedAndRecordedInErrorVariable() {
    String o =
        out(
            "try{Set-Mailbox -Identity 'ghost' -Alias x -ErrorVariable ev}catch{'caught'};\"count=$($ev.Count)\"");
    assertFalse(o.contains("caught"), o);
    assertTrue(
        o.contains(
            "+ CategoryInfo          : NotSpecified: (:) [Set-Mailbox], ManagementObjectNotFoundException"),
        o);
    assertTrue(o.endsWith("count=1\n"), o);
    assertEquals("False\n", out("$?"));
    assertEquals("True\n", out("$?"));
  }

  @Test
  void givenSilentlyContinue_error_isNotPrinted() {
    assertEquals(
        "1\n",
        out(
            "Set-Mailbox -Identity 'ghost' -Alias x -ErrorAction SilentlyContinue -ErrorVariable ev; $ev.Count"));
  }

  @Test
  void givenStatementTerminatingError_restOfLine_stillRuns() {
    String o = out("Set-Mailbox -Bogus 1; 'after'");
    assertTrue(o.contains("A parameter cannot be found that matches parameter name 'Bogus'."), o);
    assertTrue(o.endsWith("after\n"), o);
  }

  @Test
  void givenScriptTerminatingError_restOfLine_doesNotRun() {
    String o = out("Set-Mailbox -Identity 'ghost' -Alias x -ErrorAction Stop; 'after'");
    assertFalse(o.contains("after"), o);
  }

  @Test
  void givenWarnings_preferenceAndRedirection_silenceThem() {
    emulator.withFaults(FaultPlan.parse("micro-delay-every=1;micro-delay=1"));
    try (EmulatorSession s = emulator.newSession()) {
      assertTrue(
          s.run("Set-Mailbox -Identity 'alice' -Alias alice")
              .output()
              .startsWith("WARNING: Micro delay applied."));
      assertEquals("\n", s.run("Set-Mailbox -Identity 'alice' -Alias alice 3>$null").output());
      assertEquals(
          "\n",
          s.run("Set-Mailbox -Identity 'alice' -Alias alice -WarningAction SilentlyContinue")
              .output());
      s.run("$WarningPreference='SilentlyContinue'");
      assertEquals("\n", s.run("Set-Mailbox -Identity 'alice' -Alias alice").output());
    }
  }

  @Test
  void givenSecureString_conversion_neverShowsThePlainText() {
    out("$p=(ConvertTo-SecureString -String 'Pa55w0rd!' -AsPlainText -Force)");
    assertEquals("System.Security.SecureString\n", out("\"$p\""));
    assertFalse(out("ConvertTo-Json -InputObject $p -Compress").contains("Pa55"));
    assertFalse(String.join("\n", emulator.transcript()).contains("Pa55"));
    String err = out("ConvertTo-SecureString -String 'Pa55w0rd!'");
    assertFalse(err.contains("Pa55"), err);
  }

  @Test
  void givenEnvelopeWithJsonParsing_resultSizeAndCount_work() {
    JsonNode n =
        session
            .run(
                "ConvertTo-Json -InputObject ([pscustomobject]@{c=@(Get-Mailbox -ResultSize Unlimited).Count}) -Compress")
            .json();
    assertEquals(2, n.get("c").asInt());
  }

  @Test
  void givenMergedErrorStream_errors_becomeOutputObjects() {
    assertEquals(
        "ManagementObjectNotFoundException\n",
        out("Set-Mailbox -Identity 'ghost' -Alias x 2>&1 | % { $_.CategoryInfo.Reason }"));
    assertEquals("\n", out("Set-Mailbox -Identity 'ghost' -Alias x 2>$null"));
  }

  @Test
  void givenDoubleQuotedHashKey_literal_isAccepted() {
    assertEquals("{\"Add\":\"a\"}\n", out("ConvertTo-Json -InputObject @{\"Add\"='a'} -Compress"));
  }

  @Test
  void givenBulkOrganisation_getMailbox_returnsThemAll() {
    emulator.organisation().addMailboxes("bulk", 3000);
    assertEquals("3002\n", out("@(Get-Mailbox -ResultSize Unlimited).Count"));
  }

  @Test
  void givenValueInDoubleQuotes_renderersMistake_isExpandedAsPowerShellWould() {
    out("Set-Mailbox -Identity 'alice' -DisplayName \"Price $5 `$(x)\"");
    assertEquals("Price  $(x)\n", out("(Get-Mailbox -Identity 'alice').DisplayName"));
  }

  @Test
  void givenModules_importModule_knowsOnlyTheHostsModules() {
    assertEquals("\n", out("Import-Module ActiveDirectory"));
    assertTrue(out("Import-Module Foo").startsWith("The specified module 'Foo' was not loaded"));
  }

  @Test
  void givenTheReferenceInjectionValue_quotedWithDoubling_staysOneLiteral() {
    for (String q : new String[] {"'", "\u2019"}) {
      String value = "O" + q + "Brien" + q + "; Remove-Mailbox alice -Confirm:$false; " + q;
      String quoted = "'" + value.replace(q, q + q) + "'";
      out("Set-Mailbox -Identity 'alice' -DisplayName " + quoted);
      assertEquals(value + "\n", out("(Get-Mailbox -Identity 'alice').DisplayName"));
    }
    assertEquals(0, emulator.counters().cmdletCalls("Remove-Mailbox"));
  }
}
