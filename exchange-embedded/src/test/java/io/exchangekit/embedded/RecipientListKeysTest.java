package io.exchangekit.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.group.DistributionGroupSettings;
import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.mailbox.MailboxName;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mailbox.ValueOperation;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.emulator.exchange.EmulatorSession;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.ports.in.Outcome;
import io.exchangekit.ports.in.group.ChangeGroupMembersCommand;
import io.exchangekit.ports.in.group.SaveDistributionGroupCommand;
import io.exchangekit.ports.in.mailbox.ProvisionMailboxCommand;
import io.exchangekit.ports.service.ExchangeUseCases;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Moderators, managers and members compared by who they are, through the real adapters over the
 * emulators, which print these lists as the real versions do: canonical names on Exchange Server
 * ({@code contoso.com/Users/bob}), Names in Exchange Online. A request naming the same recipient in
 * another form plans nothing; a removal named in another form removes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecipientListKeysTest {
  private static final ConnectorMode PREMISE =
      ConnectorMode.of(Scope.PREMISE, NewUserBehavior.ENABLE);
  private static final ConnectorMode ONLINE =
      ConnectorMode.of(Scope.ONLINE, NewUserBehavior.CREATE);

  private EmbeddedExchange exchange;
  private ExchangeUseCases useCases;

  @BeforeAll
  void start() {
    exchange = EmbeddedExchange.builder().sessions(1).start();
    useCases = exchange.useCases();
    for (String user : List.of("alice", "bob")) {
      Outcome enabled =
          provision(
              PREMISE,
              user,
              MailboxSettings.builder()
                  .set(MailboxParameter.DISPLAY_NAME, DisplayName.of(user))
                  .build(),
              false);
      assertEquals(Outcome.Status.SUCCESS, enabled.status());
    }
    for (String shared : List.of("desk", "rick")) {
      provision(
          ONLINE,
          shared,
          MailboxSettings.builder()
              .set(MailboxParameter.NAME, MailboxName.of(shared))
              .set(MailboxParameter.MAILBOX_TYPE, MailboxType.SHARED)
              .build(),
          false);
    }
  }

  @AfterAll
  void stop() {
    exchange.close();
  }

  private Outcome provision(
      ConnectorMode mode, String identity, MailboxSettings settings, boolean dryRun) {
    return useCases
        .provisionMailbox()
        .provision(
            new ProvisionMailboxCommand(RecipientIdentity.of(identity), mode, settings, dryRun));
  }

  private Outcome moderators(
      ConnectorMode mode, String mailbox, ValueOperation op, String moderator, boolean dryRun) {
    return provision(
        mode,
        mailbox,
        MailboxSettings.builder()
            .set(
                MailboxParameter.MODERATED_BY,
                new MultiValue(op, List.of(RecipientIdentity.of(moderator))))
            .build(),
        dryRun);
  }

  /** What the emulated version prints for a mailbox's ModeratedBy. */
  private static String printedModerators(ExchangeEmulator emulator, String mailbox) {
    try (EmulatorSession s = emulator.newSession()) {
      return s.run(
              "Get-Mailbox -Identity '"
                  + mailbox
                  + "' | ForEach-Object {$_.ModeratedBy} | ForEach-Object {[string]$_}")
          .output()
          .strip();
    }
  }

  @Test
  void givenAModeratorOnExchangeServer_aRequestNamingItInAnyForm_plansNothing() {
    Outcome set = moderators(PREMISE, "alice", ValueOperation.REPLACE, "bob", false);
    assertEquals(Outcome.Status.SUCCESS, set.status());
    assertEquals("contoso.com/Users/bob", printedModerators(exchange.premise(), "alice"));
    for (String form : List.of("bob", "BOB@contoso.com", "contoso.com/Users/bob", "CONTOSO\\bob")) {
      for (ValueOperation op : List.of(ValueOperation.ADD, ValueOperation.REPLACE)) {
        Outcome again = moderators(PREMISE, "alice", op, form, true);
        assertTrue(
            again.plan().exchange().isEmpty(),
            op + " " + form + " re-planned: " + again.plan().exchange());
      }
    }
  }

  @Test
  void givenAModeratorOnExchangeServer_aDeleteNamingItByAddress_removesIt() {
    moderators(PREMISE, "bob", ValueOperation.REPLACE, "alice", false);
    Outcome removed = moderators(PREMISE, "bob", ValueOperation.DELETE, "alice@contoso.com", false);
    List<ExchangeCommand> commands = removed.plan().exchange().commands();
    assertEquals(1, commands.size(), commands.toString());
    assertEquals("", printedModerators(exchange.premise(), "bob"));
    assertTrue(
        moderators(PREMISE, "bob", ValueOperation.DELETE, "alice", true)
            .plan()
            .exchange()
            .isEmpty(),
        "nothing left to remove");
  }

  @Test
  void givenAModeratorInExchangeOnline_aRequestNamingItByAddress_plansNothingAndADeleteRemovesIt() {
    Outcome set = moderators(ONLINE, "desk", ValueOperation.REPLACE, "rick", false);
    assertEquals(Outcome.Status.SUCCESS, set.status(), set.toString());
    assertEquals("rick", printedModerators(exchange.online(), "desk"));
    String address = "rick@contoso.onmicrosoft.com";
    assertTrue(
        moderators(ONLINE, "desk", ValueOperation.ADD, address, true).plan().exchange().isEmpty());
    assertTrue(
        moderators(ONLINE, "desk", ValueOperation.REPLACE, address, true)
            .plan()
            .exchange()
            .isEmpty());
    moderators(ONLINE, "desk", ValueOperation.DELETE, address, false);
    assertEquals("", printedModerators(exchange.online(), "desk"));
  }

  @Test
  void givenAGroupOnExchangeServer_managersAndMembersNamedInAnyForm_planNothing() {
    RecipientIdentity group = RecipientIdentity.of("Keys Team");
    DistributionGroupSettings settings =
        DistributionGroupSettings.EMPTY
            .with(GroupParameter.NAME, MailboxName.of("Keys Team"))
            .with(GroupParameter.ALIAS, Alias.of("keysteam"))
            .with(
                GroupParameter.MANAGED_BY, MultiValue.replace(List.of(RecipientIdentity.of("bob"))))
            .with(
                GroupParameter.MEMBERS,
                new MultiValue(ValueOperation.ADD, List.of(RecipientIdentity.of("alice"))));
    Outcome created =
        useCases
            .saveDistributionGroup()
            .save(new SaveDistributionGroupCommand(group, PREMISE, settings, false));
    assertEquals(Outcome.Status.SUCCESS, created.status());
    DistributionGroupSettings sameInOtherForms =
        DistributionGroupSettings.EMPTY
            .with(
                GroupParameter.MANAGED_BY,
                MultiValue.replace(List.of(RecipientIdentity.of("contoso.com/Users/bob"))))
            .with(
                GroupParameter.MEMBERS,
                MultiValue.replace(List.of(RecipientIdentity.of("ALICE@contoso.com"))));
    Outcome again =
        useCases
            .saveDistributionGroup()
            .save(new SaveDistributionGroupCommand(group, PREMISE, sameInOtherForms, true));
    assertTrue(again.plan().exchange().isEmpty(), again.plan().exchange().toString());
    Outcome removed =
        useCases
            .changeGroupMembers()
            .changeMembers(
                new ChangeGroupMembersCommand(
                    group,
                    PREMISE,
                    new MultiValue(
                        ValueOperation.DELETE, List.of(RecipientIdentity.of("alice@contoso.com"))),
                    false));
    assertEquals(1, removed.plan().exchange().commands().size());
    Outcome gone =
        useCases
            .changeGroupMembers()
            .changeMembers(
                new ChangeGroupMembersCommand(
                    group,
                    PREMISE,
                    new MultiValue(ValueOperation.DELETE, List.of(RecipientIdentity.of("alice"))),
                    true));
    assertTrue(gone.plan().exchange().isEmpty(), gone.plan().exchange().toString());
  }

  @Test
  void givenACloudModeratorWithAGuidName_aRequestNamingItByUpnOrAlias_plansNothing() {
    for (String user : List.of("boss", "worker")) {
      MailboxSettings cloud =
          MailboxSettings.builder()
              .set(MailboxParameter.DISPLAY_NAME, DisplayName.of(user))
              .set(MailboxParameter.USAGE_LOCATION, UsageLocation.of("US"))
              .set(
                  MailboxParameter.LICENSES,
                  List.of(
                      new LicenseSelection(AccountSkuId.parse("contoso:ENTERPRISEPACK"), Set.of())))
              .build();
      provision(ONLINE, user + "@contoso.onmicrosoft.com", cloud, false);
      provision(ONLINE, user + "@contoso.onmicrosoft.com", cloud, false);
    }
    String worker = "worker@contoso.onmicrosoft.com";
    Outcome set =
        moderators(ONLINE, worker, ValueOperation.REPLACE, "boss@contoso.onmicrosoft.com", false);
    assertEquals(Outcome.Status.SUCCESS, set.status(), set.toString());
    String printed = printedModerators(exchange.online(), worker);
    assertEquals(printed, java.util.UUID.fromString(printed).toString(), "a GUID-like Name");
    for (String form : List.of("boss@contoso.onmicrosoft.com", "boss", printed)) {
      Outcome again = moderators(ONLINE, worker, ValueOperation.ADD, form, true);
      assertTrue(again.plan().exchange().isEmpty(), form + ": " + again.plan().exchange());
    }
    moderators(ONLINE, worker, ValueOperation.DELETE, "BOSS@contoso.onmicrosoft.com", false);
    assertEquals("", printedModerators(exchange.online(), worker));
  }
}
