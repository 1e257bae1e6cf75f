package io.exchangekit.adapter.onprem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.powershell.ConnectionRecipe;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.ports.spi.BackendConfig;
import io.exchangekit.ports.spi.Backends;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OnPremConfigTest {
  private static BackendConfig config(Map<String, String> settings, Map<String, Secret> secrets) {
    return BackendConfig.of(settings, secrets);
  }

  @Test
  void givenServerOnly_from_usesKerberosOverHttpAndTheDefaults() {
    OnPremConfig c = OnPremConfig.from(config(Map.of("server", "EXCHANGE1.contoso.com"), Map.of()));
    assertEquals("http://EXCHANGE1.contoso.com/PowerShell/", c.connectionUri());
    assertEquals(OnPremConfig.Authentication.KERBEROS, c.authentication());
    assertEquals(4, c.powerShell().maxSessions());
    assertTrue(c.login().isEmpty());
  }

  @Test
  void givenLoginWithoutDomain_from_isRejectedBeforeConnecting() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OnPremConfig.from(
                    config(
                        Map.of("server", "ex1", "login", "serviceAccount"),
                        Map.of("password", Secret.of("pw")))));
    assertTrue(e.getMessage().contains("domain"), e.getMessage());
  }

  @Test
  void givenBasicOverHttp_from_isRejected_andOverHttpsAccepted() {
    Map<String, Secret> pw = Map.of("password", Secret.of("pw"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            OnPremConfig.from(
                config(
                    Map.of("server", "ex1", "authentication", "Basic", "login", "CONTOSO\\svc"),
                    pw)));
    OnPremConfig c =
        OnPremConfig.from(
            config(
                Map.of(
                    "server",
                    "https://ex1.contoso.com/PowerShell/",
                    "authentication",
                    "basic",
                    "login",
                    "CONTOSO\\svc"),
                pw));
    assertEquals("https://ex1.contoso.com/PowerShell/", c.connectionUri());
    assertFalse(c.toString().contains("pw"));
  }

  @Test
  void givenCredential_recipe_buildsACredentialWithASecureStringAndListsTheSecret() {
    Secret pw = Secret.of("P'w\u2019d");
    OnPremConfig c =
        OnPremConfig.from(
            config(
                Map.of(
                    "server",
                    "ex1.contoso.com",
                    "login",
                    "CONTOSO\\svc",
                    "authentication",
                    "Negotiate"),
                Map.of("password", pw)));
    ConnectionRecipe r = OnPremConnection.recipe(c);
    assertTrue(
        r.connect()
            .startsWith(
                "$ekc=New-Object -TypeName System.Management.Automation.PSCredential"
                    + " -ArgumentList 'CONTOSO\\svc',(ConvertTo-SecureString -String"
                    + " 'P''w\u2019\u2019d' -AsPlainText -Force);"));
    assertTrue(
        r.connect()
            .contains(
                "New-PSSession -ConfigurationName 'Microsoft.Exchange' -ConnectionUri"
                    + " 'http://ex1.contoso.com/PowerShell/' -Authentication 'Negotiate'"
                    + " -Credential $ekc -ErrorAction Stop;Import-PSSession -Session $eks"));
    assertEquals(java.util.List.of(pw), r.secrets());
    assertFalse(r.toString().contains("P'w"));
  }

  @Test
  void givenAdminDisplayVersions_version_mapsToTheProduct() {
    Optional<ExchangeVersion> none = Optional.empty();
    assertEquals(
        ExchangeVersion.EXCHANGE_2010,
        OnPremConnection.version("Version 14.3 (Build 123.4)", none));
    assertEquals(
        ExchangeVersion.EXCHANGE_2013,
        OnPremConnection.version("Version 15.0 (Build 1497.2)", none));
    assertEquals(
        ExchangeVersion.EXCHANGE_2016,
        OnPremConnection.version("Version 15.1 (Build 2507.6)", none));
    assertEquals(
        ExchangeVersion.EXCHANGE_2019,
        OnPremConnection.version("Version 15.2 (Build 1544.4)", none));
    assertEquals(
        ExchangeVersion.EXCHANGE_SE,
        OnPremConnection.version("Version 15.2 (Build 2562.17)", none));
    assertEquals(
        ExchangeVersion.EXCHANGE_2019,
        OnPremConnection.version("", Optional.of(ExchangeVersion.EXCHANGE_2019)));
    assertThrows(IllegalArgumentException.class, () -> OnPremConnection.version("", none));
  }

  @Test
  void givenServiceLoader_backends_findTheOnPremisesProviderForPremise() {
    assertSame(
        OnPremPowerShellProvider.class,
        Backends.exchange(Scope.PREMISE, Optional.empty(), getClass().getClassLoader()).getClass());
  }

  @Test
  void givenTheBuilder_build_equalsWhatTheSettingsGive() {
    OnPremConfig built =
        OnPremConfig.builder("ex01.contoso.com")
            .https(true)
            .authentication(OnPremConfig.Authentication.NEGOTIATE)
            .credential("CONTOSO\\svc", Secret.of("Pw1!"))
            .version(ExchangeVersion.EXCHANGE_2016)
            .build();
    OnPremConfig read =
        OnPremConfig.from(
            config(
                Map.of(
                    "server", "ex01.contoso.com",
                    "https", "true",
                    "authentication", "Negotiate",
                    "login", "CONTOSO\\svc",
                    "exchange.version", "2016"),
                Map.of("password", Secret.of("Pw1!"))));

    assertEquals(read.connectionUri(), built.connectionUri());
    assertEquals(read.authentication(), built.authentication());
    assertEquals(read.login(), built.login());
    assertEquals(read.version(), built.version());
    assertEquals(read.powerShell().maxSessions(), built.powerShell().maxSessions());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            OnPremConfig.builder("ex01")
                .authentication(OnPremConfig.Authentication.BASIC)
                .credential("CONTOSO\\svc", Secret.of("x"))
                .build(),
        "Basic over http is refused by the builder too");
  }

  @Test
  void givenTheProvider_settingKeys_areItsOwnAndTheSessionKeys() {
    OnPremPowerShellProvider p = new OnPremPowerShellProvider();

    assertTrue(p.settingKeys().containsAll(OnPremConfig.KEYS));
    assertTrue(p.settingKeys().contains("pool.maxSessions"));
    assertEquals(OnPremConfig.KEYS.size() + 10, p.settingKeys().size());
    assertEquals(4, p.concurrency(config(Map.of("server", "ex01"), Map.of())));
    assertEquals(
        7, p.concurrency(config(Map.of("server", "ex01", "pool.maxSessions", "7"), Map.of())));
  }
}
