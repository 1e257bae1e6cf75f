package io.exchangekit.core.planning;

import static io.exchangekit.core.arbitraries.ExchangeGenerators.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.exchangekit.catalog.CmdletCatalog;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.ValidationException;
import io.exchangekit.core.group.DistributionGroupSettings;
import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.group.GroupType;
import io.exchangekit.core.mailbox.CasProtocol;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.ModeRules;
import io.exchangekit.core.mode.ParameterRule;
import io.exchangekit.core.plan.Cmdlet;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every command the planners produce must be one that real Exchange of the target version accepts,
 * judged by Microsoft's cmdlet catalog: the cmdlet exists, every parameter exists and applies to
 * the version, and the parameters resolve to exactly one parameter set.
 */
class PlanCatalogProperties {
  private static final CmdletCatalog CATALOG = CmdletCatalog.load();

  /** Active Directory module cmdlets, which the catalog lists under notFound. */
  private static final Set<String> AD_MODULE = Set.of("Disable-ADAccount", "Enable-ADAccount");

  static void assertAccepted(ExchangeCommand c, ExchangeVersion version) {
    if (AD_MODULE.contains(c.cmdlet())) {
      assertTrue(version.isOnPremises(), "AD module cmdlets run only on-premises: " + c);
      assertEquals(Set.of("Identity"), c.parameters().keySet());
      return;
    }
    assertTrue(CATALOG.hasCmdlet(c.cmdlet()), () -> "unknown cmdlet " + c.cmdlet());
    for (String p : c.parameters().keySet()) {
      if (!CATALOG.hasParameter(c.cmdlet(), p)) {
        fail(c.cmdlet() + " has no parameter -" + p + " (in " + c + ")");
      }
      if (!CATALOG.isApplicable(c.cmdlet(), p, version.productName())) {
        fail(
            c.cmdlet()
                + " -"
                + p
                + " does not apply to "
                + version.productName()
                + " (in "
                + c
                + ")");
      }
    }
    var resolution = CATALOG.resolve(c.cmdlet(), c.parameters().keySet(), version.productName());
    assertEquals(
        CmdletCatalog.Outcome.RESOLVED,
        resolution.outcome(),
        () -> "parameter set of " + c + " on " + version + ": " + resolution);
  }

  static void assertAccepted(ProvisioningPlan plan, ExchangeVersion version) {
    plan.exchange().commands().forEach(c -> assertAccepted(c, version));
  }

  static Gen<MailboxState> states(Gen<MailboxSettings> values) {
    return arbitrary()
        .pick(List.of(0, 1, 2))
        .zip(
            values,
            mailboxTypes(),
            (kind, v, type) ->
                switch (kind) {
                  case 0 -> MailboxState.ABSENT;
                  case 1 -> MailboxState.userWithoutMailbox(MailboxSettings.EMPTY);
                  default -> MailboxState.mailbox(type, v);
                });
  }

  static MailboxSettings complete(MailboxSettings s, ConnectorMode mode) {
    MailboxSettings.Builder b = s.toBuilder();
    if (!s.has(MailboxParameter.NAME)) {
      b.set(MailboxParameter.NAME, io.exchangekit.core.mailbox.MailboxName.of("Room 1"));
    }
    if (!s.has(MailboxParameter.PASSWORD)) {
      b.set(MailboxParameter.PASSWORD, Secret.of("Pa55word!"));
    }
    b.remove(MailboxParameter.USAGE_LOCATION).remove(MailboxParameter.LICENSES);
    if (mode.isOnline()) {
      // Online user mailboxes are created through the directory; Exchange plans come from
      // resource creation and updates.
      b.remove(MailboxParameter.USER_PRINCIPAL_NAME);
    }
    return b.build();
  }

  @Test
  void givenAnyRequestModeVersionAndState_provision_plansOnlyCommandsTheCatalogAccepts() {
    qt().withExamples(1500)
        .forAll(
            arbitrary().pick(List.of(ExchangeVersion.values())),
            mailboxSettings(),
            states(mailboxSettings()),
            booleans().all())
        .checkAssert(
            (version, settings, state, second) -> {
              for (ConnectorMode mode : ConnectorMode.all()) {
                if (mode.isOnline() != version.isOnline()) {
                  continue;
                }
                MailboxState current =
                    mode.isOnline() && !state.hasMailbox() ? MailboxState.ABSENT : state;
                MailboxRequest request =
                    new MailboxRequest(
                        RecipientIdentity.of("jdoe@contoso.com"), complete(settings, mode));
                try {
                  ProvisioningPlan plan =
                      MailboxPlanner.provision(
                          request,
                          ModeRulesFixtures.context(mode, version),
                          current,
                          Optional.empty(),
                          LicenseFixtures.catalog());
                  assertAccepted(plan, version);
                } catch (ExchangeConnectorException expected) {
                  // a request this mode refuses plans nothing; refusals have their own tests
                }
              }
            });
  }

  @Test
  void givenAnyMailbox_removeLockAndUnlock_planOnlyCommandsTheCatalogAccepts() {
    Gen<Set<CasProtocol>> protocols =
        integers()
            .between(0, 63)
            .map(
                m -> {
                  Set<CasProtocol> s = EnumSet.noneOf(CasProtocol.class);
                  for (CasProtocol p : CasProtocol.values()) {
                    if ((m & (1 << p.ordinal())) != 0) {
                      s.add(p);
                    }
                  }
                  return s;
                });
    qt().withExamples(600)
        .forAll(
            arbitrary().pick(List.of(ExchangeVersion.values())),
            mailboxTypes(),
            protocols,
            integers().between(1, 15))
        .checkAssert(
            (version, type, enabled, attribute) -> {
              MailboxState state =
                  MailboxState.mailbox(type, MailboxSettings.EMPTY).withProtocols(enabled);
              for (ConnectorMode mode : ConnectorMode.all()) {
                if (mode.isOnline() != version.isOnline()) {
                  continue;
                }
                for (PlanOptions options :
                    List.of(
                        ModeRulesFixtures.OPTIONS,
                        ModeRulesFixtures.OPTIONS
                            .withLockAttribute(attribute)
                            .withLockAdAccount(true))) {
                  PlanningContext context = new PlanningContext(mode, version, options);
                  RecipientIdentity id = RecipientIdentity.of("jdoe@contoso.com");
                  ProvisioningPlan lock = AccessPlanner.lock(id, context, state, Optional.empty());
                  assertAccepted(lock, version);
                  MailboxState locked =
                      PlanApplier.apply(
                          state,
                          new MailboxRequest(id, MailboxSettings.EMPTY),
                          PlanApplier.ProvisioningPlanView.of(lock));
                  assertAccepted(
                      AccessPlanner.unlock(id, context, locked, Optional.empty()), version);
                  assertAccepted(
                      MailboxPlanner.remove(
                          id, context, state, Optional.empty(), LicenseFixtures.catalog()),
                      version);
                }
              }
            });
  }

  @Test
  void givenAnyGroupRequest_saveDeleteAndMembers_planOnlyCommandsTheCatalogAccepts() {
    Gen<List<RecipientIdentity>> people =
        org.quicktheories.generators.SourceDSL.lists().of(identities()).ofSizeBetween(0, 4);
    qt().withExamples(600)
        .forAll(
            arbitrary().pick(List.of(ExchangeVersion.values())), people, people, booleans().all())
        .checkAssert(
            (version, members, managers, exists) -> {
              ConnectorMode mode = version.isOnline() ? ModeRulesFixtures.OC : ModeRulesFixtures.PE;
              DistributionGroupSettings s =
                  DistributionGroupSettings.EMPTY
                      .with(
                          GroupParameter.NAME, io.exchangekit.core.mailbox.MailboxName.of("Sales"))
                      .with(GroupParameter.TYPE, GroupType.SECURITY)
                      .with(GroupParameter.MEMBERS, MultiValue.replace(members))
                      .with(GroupParameter.MANAGED_BY, MultiValue.replace(managers))
                      .with(GroupParameter.HIDDEN_FROM_ADDRESS_LISTS, Boolean.TRUE)
                      .with(GroupParameter.REQUIRE_SENDER_AUTHENTICATION, Boolean.FALSE);
              Optional<GroupState> current =
                  exists
                      ? Optional.of(new GroupState(DistributionGroupSettings.EMPTY, Set.of("bob")))
                      : Optional.empty();
              RecipientIdentity id = RecipientIdentity.of("sales");
              PlanningContext context = PlanningContext.of(mode, version);
              assertAccepted(GroupPlanner.save(id, s, context, current), version);
              assertAccepted(GroupPlanner.delete(id, current), version);
              if (exists) {
                assertAccepted(
                    GroupPlanner.changeMembers(id, MultiValue.replace(members), current), version);
              }
            });
  }

  @Test
  void givenPasswordReset_onPremisesFrom2013_planIsAccepted() {
    for (ExchangeVersion v :
        EnumSet.range(ExchangeVersion.EXCHANGE_2013, ExchangeVersion.EXCHANGE_SE)) {
      ProvisioningPlan plan =
          PasswordPlanner.reset(
              RecipientIdentity.of("jdoe@contoso.com"),
              Secret.of("N3w-password"),
              true,
              PlanningContext.of(ModeRulesFixtures.PC, v),
              MailboxState.mailbox(MailboxType.USER, MailboxSettings.EMPTY));
      assertAccepted(plan, v);
    }
    assertEquals(Map.of(), Map.of());
  }

  @Test
  void givenEveryCmdletOfTheEnum_catalog_knowsIt() {
    for (Cmdlet c : Cmdlet.values()) {
      assertTrue(AD_MODULE.contains(c.verbNoun()) || CATALOG.hasCmdlet(c.verbNoun()), c.verbNoun());
    }
  }

  @Test
  void givenHybridScope_everyVersionAndType_createsChangesAndRemovesWithAcceptedCommands() {
    MailboxSettings all =
        MailboxSettings.builder()
            .set(MailboxParameter.NAME, io.exchangekit.core.mailbox.MailboxName.of("Jane Doe"))
            .set(MailboxParameter.PASSWORD, Secret.of("Pa55word!"))
            .set(
                MailboxParameter.USER_PRINCIPAL_NAME,
                io.exchangekit.core.recipient.UserPrincipalName.of("jdoe@contoso.com"))
            .set(MailboxParameter.ALIAS, io.exchangekit.core.recipient.Alias.of("jdoe"))
            .set(
                MailboxParameter.DISPLAY_NAME,
                io.exchangekit.core.recipient.DisplayName.of("Jane Doe"))
            .set(MailboxParameter.IS_ARCHIVE, Boolean.TRUE)
            .set(MailboxParameter.HIDDEN_FROM_ADDRESS_LISTS, Boolean.TRUE)
            .build();
    int created = 0;
    for (ExchangeVersion version : ExchangeVersion.values()) {
      if (version.isOnline()) {
        continue;
      }
      for (ConnectorMode mode : List.of(ModeRulesFixtures.HE, ModeRulesFixtures.HC)) {
        for (MailboxType type : MailboxType.values()) {
          MailboxSettings s =
              type == MailboxType.USER
                  ? all
                  : all.toBuilder().set(MailboxParameter.MAILBOX_TYPE, type).build();
          MailboxRequest request = new MailboxRequest(RecipientIdentity.of("jdoe@contoso.com"), s);
          PlanningContext context = ModeRulesFixtures.context(mode, version);
          MailboxState before =
              mode.creates()
                  ? MailboxState.ABSENT
                  : MailboxState.userWithoutMailbox(MailboxSettings.EMPTY);
          if (!ModeRules.creationVersions(mode, type).contains(version)) {
            ValidationException refused =
                org.junit.jupiter.api.Assertions.assertThrows(
                    ValidationException.class,
                    () ->
                        MailboxPlanner.provision(
                            request, context, before, Optional.empty(), NO_SKUS));
            assertTrue(refused.getMessage().contains("Exchange Server 2013"), refused::getMessage);
            continue;
          }
          ProvisioningPlan create =
              MailboxPlanner.provision(request, context, before, Optional.empty(), NO_SKUS);
          assertAccepted(create, version);
          ExchangeCommand first = create.exchange().commands().get(0);
          assertEquals(
              mode.creates() ? "New-RemoteMailbox" : "Enable-RemoteMailbox", first.cmdlet());
          assertEquals(
              new io.exchangekit.core.plan.ParameterValue.Text("jdoe@contoso.mail.onmicrosoft.com"),
              first.parameters().get("RemoteRoutingAddress"));
          created++;
          MailboxState exists = MailboxState.mailbox(type, MailboxSettings.EMPTY);
          assertAccepted(
              MailboxPlanner.provision(request, context, exists, Optional.empty(), NO_SKUS),
              version);
          ProvisioningPlan remove =
              MailboxPlanner.remove(request.identity(), context, exists, Optional.empty(), NO_SKUS);
          assertAccepted(remove, version);
          assertEquals(
              mode.creates() ? "Remove-RemoteMailbox" : "Disable-RemoteMailbox",
              remove.exchange().commands().get(0).cmdlet());
        }
      }
    }
    // 5 versions x 2 behaviours x 4 types, less the shared mailbox of Exchange 2010 twice
    assertEquals(38, created);
  }

  private static final io.exchangekit.core.license.SkuCatalog NO_SKUS =
      new io.exchangekit.core.license.SkuCatalog(List.of());

  @Test
  void givenEveryRuleRow_itsCarriers_areParametersOfTheirCmdlets() {
    List<ParameterRule> rows = new java.util.ArrayList<>(ModeRules.rows());
    rows.addAll(ModeRules.hybridRows());
    for (ParameterRule r : rows) {
      for (Cmdlet c : r.atCreation()) {
        assertTrue(
            CATALOG.hasParameter(c.verbNoun(), r.exchangeName()), c + " -" + r.exchangeName());
      }
      r.update()
          .ifPresent(
              u ->
                  assertTrue(
                      CATALOG.hasParameter(u.cmdlet().verbNoun(), u.parameter()),
                      u.cmdlet() + " -" + u.parameter()));
    }
  }
}
