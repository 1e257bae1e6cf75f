package io.exchangekit.core.mode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.plan.Cmdlet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModeRulesProperties {
  record OperationOn(Operation operation, MailboxType type) {}

  /** The parameters of the seed's "User provisioning" table, as the seed spells them. */
  static final List<String> SEED_TABLE =
      List.of(
          "UserPrincipalName",
          "Name",
          "Password",
          "MailboxType",
          "Alias",
          "OrganizationalUnit",
          "ActiveSyncMailboxPolicy",
          "AddressBookPolicy",
          "ArbitrationMailbox",
          "IsArchive",
          "ArchiveDatabase",
          "Database",
          "DisplayName",
          "FirstName",
          "ImmutableId",
          "Initials",
          "LastName",
          "ManagedFolderMailboxPolicy",
          "ManagedFolderMailboxPolicyAllowed",
          "ModeratedBy",
          "PrimarySmtpAddress",
          "ResetPasswordOnNextLogon",
          "RetentionPolicy",
          "RoleAssignmentPolicy",
          "SamAccountName",
          "SendModerationNotifications",
          "SharingPolicy",
          "ThrottlingPolicy",
          "AccountDisabled");

  @Test
  void givenTheSeedsProvisioningTable_everyParameter_hasARuleRow() {
    for (String name : SEED_TABLE) {
      Optional<MailboxParameter> p = MailboxParameter.byAttributeName(name);
      assertTrue(p.isPresent(), name);
      assertNotNull(ModeRules.rule(p.get()), name);
    }
    for (MailboxParameter p : MailboxParameter.values()) {
      assertEquals(p, ModeRules.rule(p).parameter());
    }
  }

  @Test
  void givenAnyParameterModeVersionAndOperation_decide_isTotalAndConsistentWithTheRow() {
    qt().withExamples(3000)
        .forAll(
            arbitrary().enumValues(MailboxParameter.class),
            arbitrary().pick(ConnectorMode.all()),
            arbitrary().enumValues(ExchangeVersion.class),
            arbitrary()
                .enumValues(Operation.class)
                .zip(arbitrary().enumValues(MailboxType.class), OperationOn::new))
        .checkAssert(
            (p, mode, version, on) -> {
              Operation op = on.operation();
              MailboxType type = on.type();
              Decision d = ModeRules.decide(p, mode, version, op, type);
              Optional<ParameterRule> hybridRow = ModeRules.rule(p, mode);
              if (hybridRow.isEmpty()) {
                assertTrue(mode.isHybrid(), p + " has no row in " + mode);
                assertEquals(new Decision.Ignore(ModeRules.CLOUD_ONLY), d);
                return;
              }
              ParameterRule row = hybridRow.get();
              if (!row.modes().contains(mode) || !row.versions().contains(version)) {
                assertInstanceOf(Decision.Ignore.class, d);
              }
              if (d instanceof Decision.Apply a) {
                assertTrue(row.modes().contains(mode) && row.versions().contains(version));
                if (a.stage() == Stage.DIRECTORY) {
                  assertTrue(mode.usesCloudDirectory() && row.directory());
                  assertTrue(a.carrier().isEmpty());
                } else if (op == Operation.UPDATE) {
                  assertEquals(Stage.UPDATE, a.stage());
                  assertEquals(row.update(), a.carrier());
                }
              }
              if (d instanceof Decision.Ignore i) {
                assertTrue(!i.reason().isBlank());
              }
            });
  }

  @Test
  void givenTheSeedsScopeNotes_rules_followThem() {
    // "On-premises only" in the seed's table
    for (MailboxParameter p :
        List.of(
            MailboxParameter.ADDRESS_BOOK_POLICY,
            MailboxParameter.ARBITRATION_MAILBOX,
            MailboxParameter.IS_ARCHIVE,
            MailboxParameter.ARCHIVE_DATABASE,
            MailboxParameter.DATABASE,
            MailboxParameter.PRIMARY_SMTP_ADDRESS,
            MailboxParameter.RETENTION_POLICY,
            MailboxParameter.SAM_ACCOUNT_NAME,
            MailboxParameter.SHARING_POLICY,
            MailboxParameter.THROTTLING_POLICY,
            MailboxParameter.ACCOUNT_DISABLED)) {
      assertTrue(ModeRules.rule(p).modes().stream().noneMatch(ConnectorMode::isOnline), p.name());
    }
    // "Exchange 2010 only"
    assertEquals(
        java.util.Set.of(ExchangeVersion.EXCHANGE_2010),
        ModeRules.rule(MailboxParameter.MANAGED_FOLDER_MAILBOX_POLICY).versions());
    // "Used only in Premise + Create mode"
    for (MailboxParameter p :
        List.of(
            MailboxParameter.ORGANIZATIONAL_UNIT,
            MailboxParameter.ACTIVE_SYNC_MAILBOX_POLICY,
            MailboxParameter.INITIALS,
            MailboxParameter.LAST_NAME,
            MailboxParameter.RESET_PASSWORD_ON_NEXT_LOGON)) {
      assertEquals(
          java.util.Set.of(ConnectorMode.of(Scope.PREMISE, NewUserBehavior.CREATE)),
          ModeRules.rule(p).modes(),
          p.name());
    }
    // MailboxType "ignored for existing mailboxes"
    assertInstanceOf(
        Decision.Ignore.class,
        ModeRules.decide(
            MailboxParameter.MAILBOX_TYPE,
            ConnectorMode.DEFAULT,
            ExchangeVersion.EXCHANGE_2019,
            Operation.UPDATE,
            MailboxType.USER));
  }

  @Test
  void givenEveryModeAndType_lifecycle_createsAndRemovesAsTheDesignTableSays() {
    for (ConnectorMode mode : ConnectorMode.all()) {
      MailboxLifecycle row = ModeRules.lifecycle(mode);
      assertEquals(mode, row.mode());
      for (MailboxType type : MailboxType.values()) {
        MailboxLifecycle.Creation creation = row.creation(type);
        MailboxLifecycle.Removal removal = row.removal(type);
        if (mode.isOnline() && type == MailboxType.USER) {
          assertEquals(new MailboxLifecycle.Creation.CloudUser(mode.creates()), creation);
          assertEquals(
              mode.creates()
                  ? new MailboxLifecycle.Removal.DeleteCloudUser()
                  : new MailboxLifecycle.Removal.RemoveExchangeLicences(),
              removal);
          continue;
        }
        boolean attaches = !mode.isOnline() && !mode.creates();
        MailboxLifecycle.Creation.Exchange exchange =
            assertInstanceOf(MailboxLifecycle.Creation.Exchange.class, creation);
        boolean remote = mode.isHybrid();
        assertEquals(
            attaches
                ? (remote ? Cmdlet.ENABLE_REMOTE_MAILBOX : Cmdlet.ENABLE_MAILBOX)
                : (remote ? Cmdlet.NEW_REMOTE_MAILBOX : Cmdlet.NEW_MAILBOX),
            exchange.cmdlet());
        assertEquals(attaches, exchange.attaches());
        assertEquals(!mode.isOnline() && !attaches, exchange.takesUserPrincipalName());
        assertEquals(
            attaches
                ? (remote ? Cmdlet.DISABLE_REMOTE_MAILBOX : Cmdlet.DISABLE_MAILBOX)
                : (remote ? Cmdlet.REMOVE_REMOTE_MAILBOX : Cmdlet.REMOVE_MAILBOX),
            assertInstanceOf(MailboxLifecycle.Removal.Exchange.class, removal).cmdlet());
        assertEquals(
            attaches ? List.of() : List.of(MailboxParameter.NAME),
            row.required(type).stream().limit(1).toList(),
            mode + " " + type);
      }
    }
  }

  @Test
  void givenARowNamingACreationSet_decide_carriesItAfterCreationInThatSetOnly() {
    ConnectorMode pe = ConnectorMode.of(Scope.PREMISE, NewUserBehavior.ENABLE);
    Decision user =
        ModeRules.decide(
            MailboxParameter.ADDRESS_BOOK_POLICY,
            pe,
            ExchangeVersion.EXCHANGE_2019,
            Operation.CREATE,
            MailboxType.USER);
    assertEquals(
        new Decision.Apply(
            Stage.AT_CREATION,
            Optional.of(new Carrier(Cmdlet.ENABLE_MAILBOX, "AddressBookPolicy"))),
        user);
    Decision room =
        ModeRules.decide(
            MailboxParameter.ADDRESS_BOOK_POLICY,
            pe,
            ExchangeVersion.EXCHANGE_2019,
            Operation.CREATE,
            MailboxType.ROOM);
    assertEquals(
        new Decision.Apply(
            Stage.AFTER_CREATION,
            Optional.of(new Carrier(Cmdlet.SET_MAILBOX, "AddressBookPolicy"))),
        room);
  }

  @Test
  void givenAUserOnlyParameter_decideForAResource_ignoresItNamingTheTypes() {
    Decision d =
        ModeRules.decide(
            MailboxParameter.ACCOUNT_DISABLED,
            ConnectorMode.of(Scope.PREMISE, NewUserBehavior.CREATE),
            ExchangeVersion.EXCHANGE_2019,
            Operation.CREATE,
            MailboxType.SHARED);
    assertEquals(new Decision.Ignore("applies to user mailboxes, not to a shared mailbox"), d);
  }

  @Test
  void givenHybridScope_rules_carryThroughTheRemoteMailboxCmdletsOrIgnoreAsCloudOnly() {
    ConnectorMode he = ConnectorMode.of(Scope.HYBRID, NewUserBehavior.ENABLE);
    ConnectorMode hc = ConnectorMode.of(Scope.HYBRID, NewUserBehavior.CREATE);
    assertEquals(
        new Decision.Apply(
            Stage.AT_CREATION,
            Optional.of(new Carrier(Cmdlet.ENABLE_REMOTE_MAILBOX, "DisplayName"))),
        ModeRules.decide(
            MailboxParameter.DISPLAY_NAME,
            he,
            ExchangeVersion.EXCHANGE_2019,
            Operation.CREATE,
            MailboxType.USER));
    assertEquals(
        new Decision.Apply(
            Stage.UPDATE, Optional.of(new Carrier(Cmdlet.SET_REMOTE_MAILBOX, "DisplayName"))),
        ModeRules.decide(
            MailboxParameter.DISPLAY_NAME,
            hc,
            ExchangeVersion.EXCHANGE_2016,
            Operation.UPDATE,
            MailboxType.SHARED));
    assertEquals(
        new Decision.Apply(
            Stage.AT_CREATION,
            Optional.of(new Carrier(Cmdlet.NEW_REMOTE_MAILBOX, "OnPremisesOrganizationalUnit"))),
        ModeRules.decide(
            MailboxParameter.ORGANIZATIONAL_UNIT,
            hc,
            ExchangeVersion.EXCHANGE_2013,
            Operation.CREATE,
            MailboxType.USER));
    // the cloud mailbox's policies are Exchange Online's
    assertEquals(
        new Decision.Ignore(ModeRules.CLOUD_ONLY),
        ModeRules.decide(
            MailboxParameter.RETENTION_POLICY,
            he,
            ExchangeVersion.EXCHANGE_2019,
            Operation.UPDATE,
            MailboxType.USER));
    assertTrue(ModeRules.CLOUD_ONLY.contains("Exchange Online"));
    // licences reach the tenant's directory
    assertEquals(
        new Decision.Apply(Stage.DIRECTORY, Optional.empty()),
        ModeRules.decide(
            MailboxParameter.LICENSES,
            hc,
            ExchangeVersion.EXCHANGE_SE,
            Operation.CREATE,
            MailboxType.USER));
    // hybrid cells never name a cmdlet of the other scopes' lifecycles
    for (ParameterRule r : ModeRules.hybridRows()) {
      assertTrue(r.modes().stream().allMatch(ConnectorMode::isHybrid), r.parameter().name());
      assertTrue(
          r.atCreation().stream()
              .allMatch(c -> c == Cmdlet.NEW_REMOTE_MAILBOX || c == Cmdlet.ENABLE_REMOTE_MAILBOX),
          r.parameter().name());
      r.update()
          .ifPresent(
              u ->
                  assertTrue(
                      u.cmdlet() == Cmdlet.SET_REMOTE_MAILBOX
                          || u.cmdlet() == Cmdlet.SET_USER
                          || u.cmdlet() == Cmdlet.ENABLE_REMOTE_MAILBOX,
                      r.parameter().name()));
    }
  }

  @Test
  void givenASharedRemoteMailbox_creationVersions_leaveOutExchange2010() {
    ConnectorMode he = ConnectorMode.of(Scope.HYBRID, NewUserBehavior.ENABLE);
    assertFalse(
        ModeRules.creationVersions(he, MailboxType.SHARED).contains(ExchangeVersion.EXCHANGE_2010));
    assertTrue(
        ModeRules.creationVersions(he, MailboxType.ROOM).contains(ExchangeVersion.EXCHANGE_2010));
    assertTrue(
        ModeRules.creationVersions(ConnectorMode.DEFAULT, MailboxType.SHARED)
            .contains(ExchangeVersion.EXCHANGE_2010));
  }
}
