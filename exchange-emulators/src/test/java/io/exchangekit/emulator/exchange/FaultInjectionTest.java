package io.exchangekit.emulator.exchange;

import static io.exchangekit.core.mode.ExchangeVersion.EXCHANGE_2016;
import static io.exchangekit.core.mode.ExchangeVersion.ONLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

  private static final String OPEN =
      "$s=New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri"
          + " http://exchange1.contoso.com/PowerShell/ -Authentication Kerberos";

  private static ExchangeEmulator emulator(String faults) {
    return ExchangeEmulator.forVersion(EXCHANGE_2016)
        .withDemoOrganisation()
        .withFaults(FaultPlan.parse(faults));
  }

  @Test
  void givenLatencies_sessionOpenAndCmdlet_takeAtLeastThatLong() {
    ExchangeEmulator e = emulator("open-latency=200;latency:Get-User=150");
    long t0 = System.nanoTime();
    try (EmulatorSession s = e.newSession()) {
      assertTrue(System.nanoTime() - t0 >= 200_000_000L);
      long t1 = System.nanoTime();
      s.run("Get-User -Identity 'alice' | Out-Null");
      assertTrue(System.nanoTime() - t1 >= 150_000_000L);
      long t2 = System.nanoTime();
      s.run("Get-Mailbox | Out-Null");
      assertTrue(System.nanoTime() - t2 < 150_000_000L);
    }
  }

  @Test
  void givenSessionLimitOnPremises_extraSession_failsWithWinRmsShellQuota() {
    ExchangeEmulator e = emulator("max-sessions=2");
    try (EmulatorSession a = e.newDisconnectedSession();
        EmulatorSession b = e.newDisconnectedSession();
        EmulatorSession c = e.newDisconnectedSession()) {
      assertEquals("\n", a.run(OPEN).output());
      assertEquals("\n", b.run(OPEN).output());
      String refused = c.run(OPEN).output();
      assertTrue(
          refused.startsWith(
              "[exchange1.contoso.com] Connecting to remote server exchange1.contoso.com failed"
                  + " with the following error message : The WS-Management service cannot process"
                  + " the request. This user is allowed a maximum number of 2 concurrent shells,"
                  + " which has been exceeded."),
          refused);
      assertTrue(
          refused.contains("FullyQualifiedErrorId : -2144108060,PSSessionOpenFailed"), refused);
      assertTrue(refused.contains("OpenError: "), refused);
      a.run("Remove-PSSession $s");
      assertEquals("\n", c.run(OPEN).output());
      assertEquals(3, e.counters().sessionsOpened());
    }
  }

  @Test
  void givenMicroDelay_everyNthCall_warnsLikeExchangeOnline() {
    ExchangeEmulator e = emulator("micro-delay-every=2;micro-delay=10");
    try (EmulatorSession s = e.newSession()) {
      assertFalse(s.run("Get-User -Identity 'bob'").output().contains("WARNING"));
      assertTrue(
          s.run("Get-User -Identity 'bob'")
              .output()
              .startsWith("WARNING: Micro delay applied. Actual delayed: 10 msecs, Enforced"));
    }
  }

  @Test
  void givenCrash_cmdlet_killsTheSession() {
    try (EmulatorSession s = emulator("crash:Get-User").newSession()) {
      ScriptResult r = s.run("Get-User -Identity 'bob'");
      assertTrue(r.crashed());
      assertFalse(s.isAlive());
      assertTrue(s.run("'again'").crashed());
    }
  }

  @Test
  void givenHang_cmdlet_neverAnswers() {
    ExchangeEmulator e = emulator("hang:Set-User").withRunTimeout(Duration.ofMillis(300));
    try (EmulatorSession s = e.newSession()) {
      assertEquals("bob\n", s.run("(Get-User -Identity 'bob').Name").output());
      ScriptResult r = s.run("Set-User -Identity 'bob' -Department 'x'");
      assertTrue(r.timedOut());
      assertEquals("", r.output());
    }
  }

  @Test
  void givenMalformedOutput_command_printsHalfAnEnvelope() {
    try (EmulatorSession s = emulator("malformed:Get-User").newSession()) {
      ScriptResult r =
          s.run(
              "ConvertTo-Json -InputObject ([pscustomobject]@{n='abc';data=@(Get-User -Identity 'bob')}) -Compress");
      assertThrows(IllegalStateException.class, r::json);
      assertTrue(r.output().startsWith("{\"n\":\"abc\""), r.output());
      assertEquals(
          "{\"a\":1}\n",
          s.run("ConvertTo-Json -InputObject ([pscustomobject]@{a=1}) -Compress").output());
    }
  }

  @Test
  void givenAuthenticationFailure_sessionOpen_isRefused() {
    try (EmulatorSession s = emulator("auth-failure").newDisconnectedSession()) {
      String out = s.run(OPEN + ";Import-PSSession $s | Out-Null").output();
      assertTrue(out.contains("Access is denied."), out);
      assertTrue(out.contains("AccessDenied,PSSessionOpenFailed"), out);
      assertTrue(
          s.run("Get-Mailbox").output().startsWith("The term 'Get-Mailbox' is not recognized"));
    }
    ExchangeEmulator online =
        ExchangeEmulator.forVersion(ONLINE)
            .withDemoOrganisation()
            .withFaults(FaultPlan.parse("auth-failure"));
    try (EmulatorSession s = online.newDisconnectedSession()) {
      String out =
          s.run(
                  "Connect-ExchangeOnline -AppId 'a' -Organization 'contoso.onmicrosoft.com' -ShowBanner:$false")
              .output();
      assertTrue(out.startsWith("AADSTS700027"), out);
    }
    assertThrows(RuntimeException.class, online::newSession);
  }

  @Test
  void givenCalls_counters_countSessionsAndCmdletsByName() {
    ExchangeEmulator e = emulator("");
    try (EmulatorSession s = e.newSession()) {
      s.run("Enable-Mailbox -Identity 'alice' | Out-Null");
      s.run(
          "Set-Mailbox -Identity 'alice' -Alias 'al'; Set-Mailbox -Identity 'ghost' -Alias 'x' 2>$null");
      s.run("Set-Mailbox -Bogus 1");
    }
    try (EmulatorSession s = e.newSession()) {
      s.run("Get-Mailbox | Out-Null");
    }
    assertEquals(2, e.counters().sessionsOpened());
    assertEquals(
        2,
        e.counters().cmdletCalls("Set-Mailbox"),
        "a call that fails binding never reaches Exchange");
    assertEquals(1, e.counters().cmdletCalls("Enable-Mailbox"));
    assertEquals(4, e.counters().totalCmdletCalls());
    assertEquals(4, e.counters().linesReceived());
  }

  @Test
  void givenSecrets_transcript_masksThem() {
    ExchangeEmulator e = emulator("");
    try (EmulatorSession s = e.newSession()) {
      s.run(
          "New-Mailbox -Name 'x' -UserPrincipalName 'x@contoso.com' -Password (ConvertTo-SecureString -String 'Hunter2''s' -AsPlainText -Force) | Out-Null");
      s.run("$p = ConvertTo-SecureString -String \"Tr0ub4dor\" -AsPlainText -Force");
    }
    String t = String.join("\n", e.transcript());
    assertTrue(t.contains("New-Mailbox -Name 'x'"), t);
    assertTrue(t.contains("'****'"), t);
    assertFalse(t.contains("Hunter2"), t);
    assertFalse(t.contains("Tr0ub4dor"), t);
  }

  @Test
  void givenUnknownFault_parse_rejectsIt() {
    assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse("explode"));
    assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse("latency=soon"));
  }
}
