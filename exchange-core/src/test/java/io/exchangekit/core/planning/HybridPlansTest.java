package io.exchangekit.core.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.error.ModeNotSupportedException;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mailbox.SamAccountName;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HybridPlansTest {
  private static final RecipientIdentity ALICE = RecipientIdentity.of("alice@contoso.com");
  private static final SkuCatalog NO_SKUS = new SkuCatalog(List.of());

  private static MailboxSettings licensed() {
    return MailboxSettings.builder()
        .set(MailboxParameter.USAGE_LOCATION, UsageLocation.of("GB"))
        .set(MailboxParameter.LICENSES, List.of(LicenseFixtures.e3()))
        .build();
  }

  private static MailboxState adUser() {
    return MailboxState.userWithoutMailbox(
        MailboxSettings.builder()
            .set(MailboxParameter.USER_PRINCIPAL_NAME, UserPrincipalName.of("alice@contoso.com"))
            .set(MailboxParameter.SAM_ACCOUNT_NAME, SamAccountName.of("alice"))
            .build());
  }

  @Test
  void givenNoRoutingDomain_hybridCreate_isRefusedNamingTheOption() {
    ModeNotSupportedException e =
        assertThrows(
            ModeNotSupportedException.class,
            () ->
                MailboxPlanner.provision(
                    new MailboxRequest(ALICE, MailboxSettings.EMPTY),
                    PlanningContext.of(ModeRulesFixtures.HE, ExchangeVersion.EXCHANGE_2019),
                    adUser(),
                    Optional.empty(),
                    NO_SKUS));
    assertTrue(e.getMessage().contains("options.remoteRoutingDomain"), e.getMessage());
  }

  @Test
  void givenARoutingDomainThatIsNotTheTenants_options_refuseIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PlanOptions.DEFAULT.withRemoteRoutingDomain("contoso.onmicrosoft.com"));
    assertTrue(e.getMessage().contains("remoteRoutingDomain"), e.getMessage());
    assertEquals(
        Optional.of("contoso.mail.onmicrosoft.com"),
        PlanOptions.DEFAULT
            .withRemoteRoutingDomain(" Contoso.Mail.OnMicrosoft.com ")
            .remoteRoutingDomain());
  }

  @Test
  void givenAnAdUserNotYetInTheTenant_hybridEnable_enablesTheRemoteMailboxAndIsPending() {
    ProvisioningPlan plan =
        MailboxPlanner.provision(
            new MailboxRequest(ALICE, licensed()),
            ModeRulesFixtures.context(ModeRulesFixtures.HE, ExchangeVersion.EXCHANGE_2016),
            adUser(),
            Optional.empty(),
            LicenseFixtures.catalog());
    ExchangeCommand enable = plan.exchange().commands().get(0);
    assertEquals("Enable-RemoteMailbox", enable.cmdlet());
    assertEquals(
        new ParameterValue.Text("alice@contoso.mail.onmicrosoft.com"),
        enable.parameters().get("RemoteRoutingAddress"));
    assertTrue(plan.awaitsMailbox());
    assertEquals(List.of("UsageLocation", "LicensesToAssignJson"), plan.pending());
    assertTrue(plan.directory().isEmpty());
  }

  @Test
  void givenTheUserHasSynchronised_hybridRepeat_assignsTheLicencesAndIsNotPending() {
    CloudUser synced =
        new CloudUser(
            "1",
            UserPrincipalName.of("alice@contoso.com"),
            DisplayName.of("Alice"),
            true,
            Optional.empty(),
            List.of());
    ProvisioningPlan plan =
        MailboxPlanner.provision(
            new MailboxRequest(ALICE, licensed()),
            ModeRulesFixtures.context(ModeRulesFixtures.HE, ExchangeVersion.EXCHANGE_2016),
            MailboxState.mailbox(MailboxType.USER, adUser().values()),
            Optional.of(synced),
            LicenseFixtures.catalog());
    assertFalse(plan.awaitsMailbox());
    assertTrue(plan.exchange().isEmpty(), plan.exchange().toString());
    assertTrue(
        plan.directory().actions().stream()
            .anyMatch(a -> a instanceof DirectoryAction.AssignLicenses),
        plan.directory().toString());
    assertTrue(
        plan.directory().actions().stream()
            .anyMatch(a -> a instanceof DirectoryAction.SetUsageLocation),
        plan.directory().toString());
  }

  @Test
  void givenACloudMailboxSetting_hybridUpdate_isIgnoredWithAWarningNamingExchangeOnline() {
    ProvisioningPlan plan =
        MailboxPlanner.provision(
            new MailboxRequest(
                ALICE,
                MailboxSettings.builder()
                    .set(
                        MailboxParameter.RETENTION_POLICY,
                        io.exchangekit.core.recipient.ObjectName.of("Default MRM Policy"))
                    .build()),
            ModeRulesFixtures.context(ModeRulesFixtures.HC, ExchangeVersion.EXCHANGE_SE),
            MailboxState.mailbox(MailboxType.USER, MailboxSettings.EMPTY),
            Optional.empty(),
            NO_SKUS);
    assertTrue(plan.exchange().isEmpty());
    assertEquals("RetentionPolicy", plan.warnings().get(0).parameter());
    assertTrue(plan.warnings().get(0).message().contains("Exchange Online"));
  }

  @Test
  void givenARemoteMailbox_hybridLock_disablesTheAdAccountBySamAccountName() {
    MailboxState mailbox = MailboxState.mailbox(MailboxType.USER, adUser().values());
    ProvisioningPlan lock =
        AccessPlanner.lock(
            ALICE,
            ModeRulesFixtures.context(ModeRulesFixtures.HE, ExchangeVersion.EXCHANGE_2019),
            mailbox,
            Optional.empty());
    ExchangeCommand c = lock.exchange().commands().get(0);
    assertEquals("Disable-ADAccount", c.cmdlet());
    assertEquals(new ParameterValue.Text("alice"), c.parameters().get("Identity"));
    assertEquals(1, lock.exchange().commands().size());
    assertEquals("ClientProtocols", lock.warnings().get(0).parameter());
  }

  @Test
  void givenHybridScope_passwordReset_isRefusedSayingWhereThePasswordLives() {
    ModeNotSupportedException e =
        assertThrows(
            ModeNotSupportedException.class,
            () ->
                PasswordPlanner.reset(
                    ALICE,
                    io.exchangekit.core.recipient.Secret.of("N3w-password"),
                    false,
                    ModeRulesFixtures.context(ModeRulesFixtures.HC, ExchangeVersion.EXCHANGE_2019),
                    MailboxState.mailbox(MailboxType.USER, MailboxSettings.EMPTY)));
    assertTrue(e.getMessage().contains("Active Directory"), e.getMessage());
    assertFalse(e.getMessage().contains("N3w-password"));
  }
}
