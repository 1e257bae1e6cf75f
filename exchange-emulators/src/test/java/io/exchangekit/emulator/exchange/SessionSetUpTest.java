package io.exchangekit.emulator.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.org.HostPlatform;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The session set-up the adapters run: credential, session, and the server's version. */
class SessionSetUpTest {

  private static final String CREDENTIAL =
      "$ekc=New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList"
          + " '%s',(ConvertTo-SecureString -String 'S3cr3t-P@ss' -AsPlainText -Force);";
  private static final String CONNECT =
      "$eks=New-PSSession -ConfigurationName 'Microsoft.Exchange' -ConnectionUri"
          + " 'http://EXCHANGE1.contoso.com/PowerShell/' -Authentication 'Kerberos' -Credential"
          + " $ekc -ErrorAction Stop;Import-PSSession -Session $eks -DisableNameChecking"
          + " -AllowClobber -ErrorAction Stop | Out-Null;";
  private static final String VERSION =
      "$r='';try{$r=[string](Get-ExchangeServer -ErrorAction Stop | Select-Object -First"
          + " 1).AdminDisplayVersion}catch{$r=''};$r";

  private static ExchangeEmulator emulator(ExchangeVersion version, String faults) {
    return ExchangeEmulator.forVersion(version)
        .withDemoOrganisation()
        .withFaults(FaultPlan.parse(faults));
  }

  @Test
  void givenEachOnPremisesVersion_recipesVersionLine_printsThatVersionsAdminDisplayVersion() {
    Map<ExchangeVersion, String> expected =
        Map.of(
            ExchangeVersion.EXCHANGE_2010, "Version 14.3 (Build 123.4)",
            ExchangeVersion.EXCHANGE_2013, "Version 15.0 (Build 1497.2)",
            ExchangeVersion.EXCHANGE_2016, "Version 15.1 (Build 2507.6)",
            ExchangeVersion.EXCHANGE_2019, "Version 15.2 (Build 1544.4)",
            ExchangeVersion.EXCHANGE_SE, "Version 15.2 (Build 2562.17)");
    expected.forEach(
        (version, text) -> {
          try (EmulatorSession s = emulator(version, "").newDisconnectedSession()) {
            String out =
                s.run(String.format(CREDENTIAL, "CONTOSO\\svc-exchange") + CONNECT + VERSION)
                    .output();
            assertEquals(text + "\n", out, version.name());
            assertEquals(text + "\n", s.run("(Get-ExchangeServer).AdminDisplayVersion").output());
          }
        });
  }

  @Test
  void givenLinuxHost_newPsSessionWithConnectionUri_failsForWantOfAWsmanClient() {
    try (EmulatorSession s =
        emulator(ExchangeVersion.EXCHANGE_2016, "")
            .withHostPlatform(HostPlatform.LINUX)
            .newDisconnectedSession()) {
      String out =
          s.run(String.format(CREDENTIAL, "CONTOSO\\svc-exchange") + CONNECT + VERSION).output();
      assertTrue(
          out.startsWith(
              "This parameter set requires WSMan, and no supported WSMan client library was"
                  + " found. WSMan is either not installed or unavailable for this system."),
          out);
      assertTrue(
          out.contains("ResourceUnavailable: (:) [New-PSSession], PSRemotingTransportException"),
          out);
      String after = s.run("Get-ExchangeServer").output();
      assertTrue(after.contains("Get-ExchangeServer"), after);
      assertFalse(after.contains("Version 15.1"), "no Exchange cmdlets without a session");
    }
    try (EmulatorSession s =
        emulator(ExchangeVersion.EXCHANGE_2016, "")
            .withHostPlatform(HostPlatform.WINDOWS)
            .newDisconnectedSession()) {
      String out =
          s.run(String.format(CREDENTIAL, "CONTOSO\\svc-exchange") + CONNECT + VERSION).output();
      assertEquals("Version 15.1 (Build 2507.6)\n", out);
    }
  }

  @Test
  void givenHostPlatformText_parse_acceptsWindowsAndLinuxOnly() {
    assertEquals(HostPlatform.LINUX, HostPlatform.parse(" Linux "));
    assertEquals(HostPlatform.WINDOWS, HostPlatform.parse("windows"));
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> HostPlatform.parse("macos"));
    assertTrue(e.getMessage().contains("windows or linux"), e.getMessage());
  }

  @Test
  void givenServer_getExchangeServer_describesTheOrganisationsServer() {
    try (EmulatorSession s = emulator(ExchangeVersion.EXCHANGE_2016, "").newSession()) {
      assertEquals(
          "EXCHANGE1|EXCHANGE1.contoso.com\n",
          s.run("$x=Get-ExchangeServer -Identity 'exchange1';\"$($x.Name)|$($x.Fqdn)\"").output());
      assertEquals(
          "EXCHANGE1\n",
          s.run("(Get-ExchangeServer 'EXCHANGE1.contoso.com' -WarningAction Stop).Name").output());
      String missing = s.run("Get-ExchangeServer -Identity 'EXCHANGE2'").output();
      assertTrue(
          missing.contains("The operation couldn't be performed because object 'EXCHANGE2'"),
          missing);
      assertTrue(missing.contains("ManagementObjectNotFoundException"), missing);
    }
  }

  @Test
  void givenParameterOutsideTheKnownOnes_getExchangeServer_failsAsPowerShellsBinderDoes() {
    try (EmulatorSession s = emulator(ExchangeVersion.EXCHANGE_2019, "").newSession()) {
      for (String p : new String[] {"Status", "Domain", "Verbose", "OutVariable x"}) {
        String out = s.run("Get-ExchangeServer -" + p).output();
        String name = p.split(" ")[0];
        assertTrue(
            out.startsWith(
                "A parameter cannot be found that matches parameter name '" + name + "'."),
            out);
        assertTrue(out.contains("NamedParameterNotFound,Get-ExchangeServer"), out);
      }
      String ok =
          s.run(
                  "Get-ExchangeServer -ErrorAction Stop -WarningAction SilentlyContinue"
                      + " -ErrorVariable e | Select-Object -ExpandProperty Name")
              .output();
      assertEquals("EXCHANGE1\n", ok);
    }
  }

  @Test
  void givenNoSessionYet_getExchangeServer_isUnknownUntilTheSessionIsImported() {
    try (EmulatorSession s = emulator(ExchangeVersion.EXCHANGE_2016, "").newDisconnectedSession()) {
      String before = s.run("Get-ExchangeServer").output();
      assertTrue(before.startsWith("The term 'Get-ExchangeServer' is not recognized"), before);
      s.run(String.format(CREDENTIAL, "CONTOSO\\svc") + CONNECT);
      assertTrue(s.run("Get-ExchangeServer").output().contains("Version 15.1 (Build 2507.6)"));
    }
  }

  @Test
  void givenExchangeOnline_getExchangeServer_failsAsAnUnknownCommand() {
    try (EmulatorSession s = emulator(ExchangeVersion.ONLINE, "").newSession()) {
      String out = s.run("(Get-ExchangeServer -ErrorAction Stop).AdminDisplayVersion").output();
      assertTrue(
          out.startsWith(
              "The term 'Get-ExchangeServer' is not recognized as the name of a cmdlet, function,"
                  + " script file, or operable program."),
          out);
      assertTrue(out.contains("CommandNotFoundException"), out);
    }
  }

  @Test
  void givenNewObjectOfAnotherType_orAStringAsCredential_theSetUpFails() {
    try (EmulatorSession s = emulator(ExchangeVersion.EXCHANGE_2016, "").newDisconnectedSession()) {
      String other =
          s.run("New-Object -TypeName System.Net.NetworkCredential -ArgumentList 'a','b'").output();
      assertTrue(
          other.startsWith("Cannot find type [System.Net.NetworkCredential]: verify that"), other);
      String string = s.run("$ekc='CONTOSO\\svc';" + CONNECT + "Get-ExchangeServer").output();
      assertTrue(
          string.startsWith(
              "Cannot bind parameter 'Credential'. Cannot convert the \"System.String\" value"),
          string);
      assertTrue(string.contains("to type \"System.Management.Automation.PSCredential\""), string);
      assertFalse(string.contains("Version 15.1"), string);
    }
  }

  @Test
  void givenAuthenticationFault_credentialSetUp_failsWithAccessDeniedAndMasksTheSecret() {
    ExchangeEmulator premise = emulator(ExchangeVersion.EXCHANGE_2016, "auth-failure");
    try (EmulatorSession s = premise.newDisconnectedSession()) {
      String out = s.run(String.format(CREDENTIAL, "CONTOSO\\svc") + CONNECT + VERSION).output();
      assertTrue(out.contains("Access is denied."), out);
      assertTrue(out.contains("AccessDenied,PSSessionOpenFailed"), out);
      assertFalse(out.contains("Version 15"), out);
    }
    ExchangeEmulator online = emulator(ExchangeVersion.ONLINE, "auth-failure");
    try (EmulatorSession s = online.newDisconnectedSession()) {
      String out =
          s.run(
                  String.format(CREDENTIAL, "admin@contoso.onmicrosoft.com")
                      + "Connect-ExchangeOnline -Credential $ekc -ShowBanner:$false -ErrorAction Stop")
              .output();
      assertTrue(out.contains("AADSTS"), out);
    }
    String transcript = String.join("\n", premise.transcript()) + online.transcript();
    assertTrue(transcript.contains("ConvertTo-SecureString -String '****'"), transcript);
    assertFalse(transcript.contains("S3cr3t-P@ss"), transcript);
  }

  @Test
  void givenCredential_connectExchangeOnline_signsInWithAPrincipalNameOnly() {
    try (EmulatorSession s = emulator(ExchangeVersion.ONLINE, "").newDisconnectedSession()) {
      String connect =
          "Connect-ExchangeOnline -Credential $ekc -ShowBanner:$false -SkipLoadingFormatData"
              + " -ErrorAction Stop | Out-Null;";
      String bare = s.run(String.format(CREDENTIAL, "admin") + connect + "'connected'").output();
      assertTrue(bare.startsWith("AADSTS50126: "), bare);
      assertTrue(s.run("Get-Mailbox").output().contains("is not recognized"));
      String signedIn =
          s.run(String.format(CREDENTIAL, "admin@contoso.onmicrosoft.com") + connect + "'in'")
              .output();
      assertEquals("in\n", signedIn);
      String after = s.run("Get-Mailbox -Identity 'nobody'").output();
      assertTrue(after.contains("couldn't be found"), after);
    }
  }
}
