package io.exchangekit.adapter.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.powershell.ConnectionRecipe;
import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.ports.spi.BackendConfig;
import io.exchangekit.ports.spi.Backends;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OnlineConfigTest {
  private static final String THUMB = "012345678901234567890123456789ABCDEFABCD";

  @Test
  void givenSeedAttributesWithCertificateFile_from_buildsAnAppOnlyConnect() {
    Secret certPw = Secret.of("c'p");
    OnlineConfig c =
        OnlineConfig.from(
            BackendConfig.of(
                Map.of(
                    "AppAuth", "True",
                    "Organization", "contoso.onmicrosoft.com",
                    "login", "app-id",
                    "CertificateFilePath", "/etc/app.pfx"),
                Map.of("CertificatePassword", certPw)));
    assertEquals(3, c.powerShell().maxSessions());
    ConnectionRecipe r = OnlineConnection.recipe(c);
    assertEquals(
        "Connect-ExchangeOnline -AppId 'app-id' -Organization 'contoso.onmicrosoft.com'"
            + " -CertificateFilePath '/etc/app.pfx' -CertificatePassword (ConvertTo-SecureString"
            + " -String 'c''p' -AsPlainText -Force) -ShowBanner:$false -SkipLoadingFormatData"
            + " -ErrorAction Stop | Out-Null;$r='Exchange Online'",
        r.connect());
    assertEquals(List.of(certPw), r.secrets());
    assertEquals(
        "Disconnect-ExchangeOnline -Confirm:$false -ErrorAction Stop;$r=1", r.disconnect());
  }

  @Test
  void givenThumbprint_onWindows_isUsed_elsewhereRejected() {
    PowerShellOptions windows =
        new PowerShellOptions(
            "powershell.exe",
            3,
            PowerShellOptions.defaults(3).idleTimeout(),
            PowerShellOptions.defaults(3).maxAge(),
            PowerShellOptions.defaults(3).callTimeout(),
            PowerShellOptions.defaults(3).connectTimeout(),
            PowerShellOptions.defaults(3).searchTimeout(),
            3,
            PowerShellOptions.defaults(3).throttleBackoff(),
            500,
            true);
    OnlineConfig c =
        new OnlineConfig(
            true,
            Optional.of("contoso.onmicrosoft.com"),
            "app",
            Optional.of(THUMB),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            windows);
    assertTrue(
        OnlineConnection.recipe(c).connect().contains("-CertificateThumbprint '" + THUMB + "'"));
    PowerShellOptions linux =
        new PowerShellOptions(
            "pwsh",
            3,
            windows.idleTimeout(),
            windows.maxAge(),
            windows.callTimeout(),
            windows.connectTimeout(),
            windows.searchTimeout(),
            3,
            windows.throttleBackoff(),
            500,
            false);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new OnlineConfig(
                    true,
                    Optional.of("contoso.onmicrosoft.com"),
                    "app",
                    Optional.of(THUMB),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    linux));
    assertTrue(e.getMessage().contains("Windows"));
  }

  @Test
  void givenCredential_recipe_connectsWithAPsCredentialAndNoBanner() {
    Secret pw = Secret.of("admin-pw");
    OnlineConfig c =
        OnlineConfig.from(
            BackendConfig.of(Map.of("login", "admin@contoso.com"), Map.of("password", pw)));
    ConnectionRecipe r = OnlineConnection.recipe(c);
    assertTrue(r.connect().contains("-ArgumentList 'admin@contoso.com',(ConvertTo-SecureString"));
    assertTrue(r.connect().contains("Connect-ExchangeOnline -Credential $ekc -ShowBanner:$false"));
    assertFalse(c.toString().contains("admin-pw"));
  }

  @Test
  void givenMissingPiecesOrBadOrganization_from_namesTheSetting() {
    assertThrows(
        IllegalArgumentException.class,
        () -> OnlineConfig.from(BackendConfig.of(Map.of("login", "a@b.c"), Map.of())));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OnlineConfig.from(
                    BackendConfig.of(
                        Map.of(
                            "AppAuth",
                            "true",
                            "login",
                            "app",
                            "Organization",
                            "contoso.com",
                            "CertificateFilePath",
                            "/x.pfx"),
                        Map.of())));
    assertTrue(e.getMessage().contains("Organization"));
  }

  @Test
  void givenServiceLoader_backends_findTheOnlineProviderForOnline() {
    assertSame(
        OnlinePowerShellProvider.class,
        Backends.exchange(Scope.ONLINE, Optional.empty(), getClass().getClassLoader()).getClass());
  }

  @Test
  void givenTheBuilders_build_appOnlyAndCredentialConfigurations() {
    OnlineConfig app =
        OnlineConfig.appOnly("36ee4c6c-0812-40a2-b820-b22ebd02bce3", "contoso.onmicrosoft.com")
            .certificateFile("/etc/exchangekit/app.pfx", Optional.of(Secret.of("Pw1!")))
            .build();
    assertTrue(app.appAuth());
    assertEquals(Optional.of("contoso.onmicrosoft.com"), app.organization());
    assertEquals(3, app.powerShell().maxSessions());
    OnlineConfig admin = OnlineConfig.credential("admin@contoso.com", Secret.of("Pw1!")).build();
    assertFalse(admin.appAuth());
    assertThrows(
        IllegalArgumentException.class,
        () -> OnlineConfig.appOnly("36ee4c6c", "contoso.onmicrosoft.com").build(),
        "app-only without a certificate is refused");
  }

  @Test
  void givenTheProvider_settingKeys_areItsOwnAndTheSessionKeys() {
    OnlinePowerShellProvider p = new OnlinePowerShellProvider();

    assertTrue(p.settingKeys().containsAll(OnlineConfig.KEYS));
    assertTrue(p.settingKeys().contains("timeout.callSeconds"));
    assertEquals(OnlineConfig.KEYS.size() + 10, p.settingKeys().size());
  }
}
