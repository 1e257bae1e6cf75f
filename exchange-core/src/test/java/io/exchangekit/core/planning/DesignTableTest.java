package io.exchangekit.core.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.license.AssignedLicense;
import io.exchangekit.core.mailbox.CasProtocol;
import io.exchangekit.core.mailbox.MailboxName;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every cell of the design's behaviour-by-mode table, as the planner plans it. */
class DesignTableTest {
  private static final RecipientIdentity ID = RecipientIdentity.of("jdoe@contoso.com");
  private static final CloudUser CLOUD =
      new CloudUser(
          "id",
          UserPrincipalName.of("jdoe@contoso.com"),
          DisplayName.of("J"),
          true,
          Optional.of(UsageLocation.of("US")),
          List.of(new AssignedLicense(LicenseFixtures.catalog().skus().get(0).skuId(), Set.of())));

  static ConnectorMode mode(String name) {
    return switch (name) {
      case "PE" -> ModeRulesFixtures.PE;
      case "PC" -> ModeRulesFixtures.PC;
      case "OC" -> ModeRulesFixtures.OC;
      default -> ModeRulesFixtures.OE;
    };
  }

  /** The cmdlets and directory actions of a plan, in order, as one line. */
  static String steps(ProvisioningPlan plan) {
    String exchange =
        plan.exchange().commands().stream()
            .map(
                c ->
                    c.cmdlet()
                        + c.parameters().keySet().stream()
                            .filter(p -> Set.of("Room", "Equipment", "Shared").contains(p))
                            .map(p -> " -" + p)
                            .collect(Collectors.joining()))
            .collect(Collectors.joining(", "));
    String directory =
        plan.directory().actions().stream()
            .map(a -> a.getClass().getSimpleName())
            .collect(Collectors.joining(", "));
    return (exchange + (directory.isEmpty() ? "" : " | " + directory)).strip();
  }

  static ProvisioningPlan plan(String modeName, String operation, String typeName) {
    ConnectorMode mode = mode(modeName);
    ExchangeVersion version =
        mode.isOnline() ? ExchangeVersion.ONLINE : ExchangeVersion.EXCHANGE_2019;
    PlanningContext context = PlanningContext.of(mode, version);
    MailboxType type = MailboxType.valueOf(typeName);
    MailboxState mailbox = MailboxState.mailbox(type, MailboxSettings.EMPTY);
    Optional<CloudUser> cloud = mode.isOnline() ? Optional.of(CLOUD) : Optional.empty();
    return switch (operation) {
      case "create" -> {
        MailboxSettings.Builder s =
            MailboxSettings.builder()
                .set(MailboxParameter.NAME, MailboxName.of("J Doe"))
                .set(MailboxParameter.DISPLAY_NAME, DisplayName.of("J Doe"))
                .set(MailboxParameter.USAGE_LOCATION, UsageLocation.of("US"))
                .set(MailboxParameter.LICENSES, List.of(LicenseFixtures.e3()));
        if (type == MailboxType.USER) {
          s.set(MailboxParameter.PASSWORD, Secret.of("Pa55word!"));
        } else {
          s.set(MailboxParameter.MAILBOX_TYPE, type);
        }
        MailboxState before =
            mode.isOnline()
                ? MailboxState.ABSENT
                : MailboxState.userWithoutMailbox(MailboxSettings.EMPTY);
        if (mode.creates() && !mode.isOnline()) {
          before = MailboxState.ABSENT;
        }
        Optional<CloudUser> existing =
            mode.creates()
                ? Optional.empty()
                : cloud.map(
                    u ->
                        new CloudUser(
                            u.id(),
                            u.userPrincipalName(),
                            u.displayName(),
                            true,
                            Optional.empty(),
                            List.of()));
        yield MailboxPlanner.provision(
            new MailboxRequest(ID, s.build()),
            context,
            before,
            existing,
            LicenseFixtures.catalog());
      }
      case "modify" ->
          MailboxPlanner.provision(
              new MailboxRequest(
                  ID,
                  MailboxSettings.builder()
                      .set(MailboxParameter.DISPLAY_NAME, DisplayName.of("New Name"))
                      .build()),
              context,
              mailbox,
              cloud,
              LicenseFixtures.catalog());
      case "remove" ->
          MailboxPlanner.remove(ID, context, mailbox, cloud, LicenseFixtures.catalog());
      case "lock" -> AccessPlanner.lock(ID, context, mailbox, cloud);
      case "unlock" ->
          AccessPlanner.unlock(
              ID,
              context,
              mailbox.withProtocols(EnumSet.noneOf(CasProtocol.class)),
              cloud.map(
                  u ->
                      new CloudUser(
                          u.id(),
                          u.userPrincipalName(),
                          u.displayName(),
                          false,
                          u.usageLocation(),
                          u.licenses())));
      default -> throw new IllegalArgumentException(operation);
    };
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "PE; create; USER; Enable-Mailbox, Set-Mailbox",
        "PC; create; USER; New-Mailbox",
        "OC; create; USER; | CreateCloudUser, AssignLicenses",
        "OE; create; USER; | SetUsageLocation, AssignLicenses",
        "PE; create; ROOM; Enable-Mailbox -Room, Set-Mailbox",
        "PC; create; EQUIPMENT; New-Mailbox -Equipment",
        "OC; create; SHARED; New-Mailbox -Shared",
        "OE; create; ROOM; New-Mailbox -Room",
        "PE; modify; USER; Set-Mailbox",
        "PC; modify; SHARED; Set-Mailbox",
        "OC; modify; USER; Set-Mailbox",
        "OE; modify; ROOM; Set-Mailbox",
        "PE; remove; USER; Disable-Mailbox",
        "PC; remove; USER; Remove-Mailbox",
        "OC; remove; USER; | DeleteCloudUser",
        "OE; remove; USER; | AssignLicenses",
        "PE; remove; ROOM; Disable-Mailbox",
        "PC; remove; ROOM; Remove-Mailbox",
        "OC; remove; EQUIPMENT; Remove-Mailbox",
        "OE; remove; SHARED; Remove-Mailbox",
        "PE; lock; USER; Set-CASMailbox",
        "PC; lock; ROOM; Set-CASMailbox",
        "OC; lock; USER; Set-CASMailbox | SetSignIn, RevokeSignInSessions",
        "OE; lock; SHARED; Set-CASMailbox | SetSignIn, RevokeSignInSessions",
        "PE; unlock; USER; Set-CASMailbox",
        "PC; unlock; EQUIPMENT; Set-CASMailbox",
        "OC; unlock; USER; Set-CASMailbox | SetSignIn",
        "OE; unlock; ROOM; Set-CASMailbox | SetSignIn",
      })
  void givenADesignTableCell_plan_runsWhatTheTableSays(
      String mode, String operation, String type, String expected) {
    assertEquals(expected.strip(), steps(plan(mode, operation, type)));
  }
}
