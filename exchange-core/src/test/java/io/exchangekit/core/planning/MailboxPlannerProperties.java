package io.exchangekit.core.planning;

import static io.exchangekit.core.arbitraries.ExchangeGenerators.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.exchangekit.core.error.ValidationException;
import io.exchangekit.core.error.Violation;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UserPrincipalName;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MailboxPlannerProperties {
  private static final SkuCatalog NO_SKUS = new SkuCatalog(List.of());

  /** Settings without the parameters whose absence or presence changes which path runs. */
  private static MailboxSettings forUpdate(MailboxSettings s) {
    return s.without(
        Set.of(
            MailboxParameter.USER_PRINCIPAL_NAME,
            MailboxParameter.USAGE_LOCATION,
            MailboxParameter.LICENSES));
  }

  @Test
  void givenAMailboxHoldingTheRequestedValues_provision_plansNothing() {
    qt().withExamples(400)
        .forAll(onPremisesVersions(), mailboxSettings(), mailboxTypes(), identities())
        .checkAssert(
            (version, settings, type, identity) -> {
              MailboxSettings s = forUpdate(settings);
              for (ConnectorMode mode :
                  List.of(
                      ModeRulesFixtures.PE,
                      ModeRulesFixtures.PC,
                      ModeRulesFixtures.HE,
                      ModeRulesFixtures.HC)) {
                MailboxState current = MailboxState.mailbox(type, s);
                ProvisioningPlan plan =
                    MailboxPlanner.provision(
                        new MailboxRequest(identity, s),
                        ModeRulesFixtures.context(mode, version),
                        current,
                        Optional.empty(),
                        NO_SKUS);
                assertTrue(
                    plan.isEmpty(), () -> mode + " " + version + " planned " + plan.exchange());
              }
            });
  }

  @Test
  void givenAnyMailbox_provisionTwice_secondPlanIsEmpty() {
    qt().withExamples(400)
        .forAll(onPremisesVersions(), mailboxSettings(), mailboxSettings(), mailboxTypes())
        .checkAssert(
            (version, before, wanted, type) -> {
              RecipientIdentity id = RecipientIdentity.of("jdoe@contoso.com");
              MailboxRequest request = new MailboxRequest(id, forUpdate(wanted));
              for (ConnectorMode mode :
                  List.of(
                      ModeRulesFixtures.PE,
                      ModeRulesFixtures.PC,
                      ModeRulesFixtures.HE,
                      ModeRulesFixtures.HC)) {
                PlanningContext context = ModeRulesFixtures.context(mode, version);
                MailboxState state = MailboxState.mailbox(type, forUpdate(before));
                ProvisioningPlan first =
                    MailboxPlanner.provision(request, context, state, Optional.empty(), NO_SKUS);
                MailboxState after =
                    PlanApplier.apply(state, request, PlanApplier.ProvisioningPlanView.of(first));
                ProvisioningPlan second =
                    MailboxPlanner.provision(request, context, after, Optional.empty(), NO_SKUS);
                assertTrue(
                    second.exchange().isEmpty(),
                    () -> "after " + first.exchange() + "\nstill planned " + second.exchange());
              }
            });
  }

  @Test
  void givenPremiseCreate_createThenReplan_convergesWithoutASecondNewMailbox() {
    qt().withExamples(300)
        .forAll(onPremisesVersions(), mailboxSettings(), mailboxNames(), userPrincipalNames())
        .checkAssert(
            (version, settings, name, upn) -> {
              MailboxSettings s =
                  forUpdate(settings).toBuilder()
                      .set(MailboxParameter.NAME, name)
                      .set(MailboxParameter.PASSWORD, Secret.of("Pa55word!"))
                      .build();
              MailboxRequest request = new MailboxRequest(RecipientIdentity.of(upn), s);
              PlanningContext context = PlanningContext.of(ModeRulesFixtures.PC, version);
              ProvisioningPlan first =
                  MailboxPlanner.provision(
                      request, context, MailboxState.ABSENT, Optional.empty(), NO_SKUS);
              ExchangeCommand create = first.exchange().commands().get(0);
              assertEquals("New-Mailbox", create.cmdlet());
              assertTrue(create.has("Name") && create.has("UserPrincipalName"));
              assertTrue(create.has("Password"));
              MailboxType type = request.type();
              assertEquals(type.isResource(), create.has(type.switchName()));
              MailboxState after =
                  PlanApplier.apply(
                      MailboxState.ABSENT, request, PlanApplier.ProvisioningPlanView.of(first));
              ProvisioningPlan second =
                  MailboxPlanner.provision(request, context, after, Optional.empty(), NO_SKUS);
              assertTrue(second.exchange().isEmpty(), () -> second.exchange().toString());
            });
  }

  @Test
  void givenAnyPlan_printed_neverShowsThePassword() {
    qt().withExamples(200)
        .forAll(onPremisesVersions(), mailboxNames(), words(8, 20))
        .checkAssert(
            (version, name, pw) -> {
              String password = "Secret-" + pw;
              MailboxSettings s =
                  MailboxSettings.builder()
                      .set(MailboxParameter.NAME, name)
                      .set(MailboxParameter.PASSWORD, Secret.of(password))
                      .build();
              ProvisioningPlan plan =
                  MailboxPlanner.provision(
                      new MailboxRequest(RecipientIdentity.of("jdoe@contoso.com"), s),
                      PlanningContext.of(ModeRulesFixtures.PC, version),
                      MailboxState.ABSENT,
                      Optional.empty(),
                      NO_SKUS);
              assertFalse(plan.toString().contains(password));
              assertFalse(plan.exchange().toString().contains(password));
              assertTrue(plan.exchange().toString().contains(Secret.MASK));
            });
  }

  @Test
  void givenIgnoredParameters_strictMode_rejectsExactlyTheWarnedOnes() {
    qt().withExamples(300)
        .forAll(
            arbitrary().pick(List.of(ExchangeVersion.values())), mailboxSettings(), mailboxTypes())
        .checkAssert(
            (version, settings, type) -> {
              MailboxSettings s = forUpdate(settings);
              ConnectorMode mode = version.isOnline() ? ModeRulesFixtures.OC : ModeRulesFixtures.PE;
              MailboxState current = MailboxState.mailbox(type, MailboxSettings.EMPTY);
              PlanningContext lenient = PlanningContext.of(mode, version);
              RecipientIdentity id = RecipientIdentity.of("jdoe@contoso.com");
              ProvisioningPlan plan =
                  MailboxPlanner.provision(
                      new MailboxRequest(id, s), lenient, current, Optional.empty(), NO_SKUS);
              Set<String> warned =
                  plan.warnings().stream().map(w -> w.parameter()).collect(Collectors.toSet());
              assertEquals(plan.warnings().size(), warned.size(), "one warning per parameter");
              PlanningContext strict =
                  new PlanningContext(mode, version, PlanOptions.DEFAULT.withStrict(true));
              if (warned.isEmpty()) {
                MailboxPlanner.provision(
                    new MailboxRequest(id, s), strict, current, Optional.empty(), NO_SKUS);
              } else {
                ValidationException e =
                    assertThrows(
                        ValidationException.class,
                        () ->
                            MailboxPlanner.provision(
                                new MailboxRequest(id, s),
                                strict,
                                current,
                                Optional.empty(),
                                NO_SKUS));
                assertEquals(
                    warned,
                    e.violations().stream().map(v -> v.parameter()).collect(Collectors.toSet()));
              }
            });
  }

  @Test
  void
      givenOnlineCreateForANewUser_provision_createsTheCloudUserAndListsExchangeSettingsAsPending() {
    qt().withExamples(200)
        .forAll(mailboxSettings(), displayNames(), usageLocations())
        .checkAssert(
            (settings, display, location) -> {
              MailboxSettings s =
                  forUpdate(settings).toBuilder()
                      .remove(MailboxParameter.MAILBOX_TYPE)
                      .set(MailboxParameter.DISPLAY_NAME, display)
                      .set(MailboxParameter.USAGE_LOCATION, location)
                      .set(MailboxParameter.LICENSES, List.of(LicenseFixtures.e3()))
                      .build();
              ProvisioningPlan plan =
                  MailboxPlanner.provision(
                      new MailboxRequest(RecipientIdentity.of("new.user@contoso.com"), s),
                      PlanningContext.of(ModeRulesFixtures.OC, ExchangeVersion.ONLINE),
                      MailboxState.ABSENT,
                      Optional.empty(),
                      LicenseFixtures.catalog());
              assertTrue(plan.awaitsMailbox());
              assertTrue(plan.exchange().isEmpty());
              assertEquals(2, plan.directory().actions().size());
              assertTrue(
                  plan.directory().actions().get(0)
                          instanceof io.exchangekit.core.plan.DirectoryAction.CreateCloudUser c
                      && c.displayName().equals(display)
                      && c.usageLocation().equals(location));
              Set<String> expectedPending =
                  s.parameters().stream()
                      .filter(
                          p ->
                              io.exchangekit.core.mode.ModeRules.decide(
                                          p,
                                          ModeRulesFixtures.OC,
                                          ExchangeVersion.ONLINE,
                                          io.exchangekit.core.mode.Operation.CREATE,
                                          MailboxType.USER)
                                      instanceof io.exchangekit.core.mode.Decision.Apply a
                                  && a.stage() == io.exchangekit.core.mode.Stage.PENDING)
                      .map(MailboxParameter::attributeName)
                      .collect(Collectors.toSet());
              assertEquals(expectedPending, Set.copyOf(plan.pending()));
            });
  }

  @Test
  void givenOnlineCreateWithoutRequiredAttributes_provision_reportsEveryMissingOne() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                MailboxPlanner.provision(
                    new MailboxRequest(
                        RecipientIdentity.of("new.user@contoso.com"), MailboxSettings.EMPTY),
                    PlanningContext.of(ModeRulesFixtures.OC, ExchangeVersion.ONLINE),
                    MailboxState.ABSENT,
                    Optional.empty(),
                    LicenseFixtures.catalog()));
    assertEquals(
        Set.of("DisplayName", "UsageLocation", "LicensesToAssignJson"),
        e.violations().stream().map(v -> v.parameter()).collect(Collectors.toSet()));
  }

  @Test
  void givenPremiseCreateWithoutNameAndPassword_provision_reportsBoth() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                MailboxPlanner.provision(
                    new MailboxRequest(
                        RecipientIdentity.of("jdoe@contoso.com"),
                        MailboxSettings.builder()
                            .set(MailboxParameter.DISPLAY_NAME, DisplayName.of("John"))
                            .build()),
                    PlanningContext.of(ModeRulesFixtures.PC, ExchangeVersion.EXCHANGE_2019),
                    MailboxState.ABSENT,
                    Optional.empty(),
                    NO_SKUS));
    assertEquals(
        Set.of("Name", "Password"),
        e.violations().stream().map(v -> v.parameter()).collect(Collectors.toSet()));
  }

  @Test
  void givenRejectedValuesAndMissingRequiredOnes_provision_reportsAllAtOnce() {
    List<Violation> rejected =
        List.of(
            new Violation("Name", "must be at most 64 characters"),
            new Violation("Initials", "must be at most 6 characters"));
    List<Violation> reported =
        rejectedOnCreation(
            new MailboxRequest(
                RecipientIdentity.of("jdoe@contoso.com"), MailboxSettings.EMPTY, rejected),
            PlanningContext.of(ModeRulesFixtures.PC, ExchangeVersion.EXCHANGE_2019));
    // Name was given (badly): reported once, for its value, not as missing.
    assertEquals(
        List.of("Name", "Initials", "Password"),
        reported.stream().map(Violation::parameter).toList());
  }

  @Test
  void givenRejectedValuesAndNoUserInEnableBehaviour_provision_reportsTheValues() {
    List<Violation> rejected = List.of(new Violation("Initials", "must be at most 6 characters"));
    assertEquals(
        rejected,
        rejectedOnCreation(
            new MailboxRequest(RecipientIdentity.of("ghost"), MailboxSettings.EMPTY, rejected),
            PlanningContext.of(ModeRulesFixtures.PE, ExchangeVersion.EXCHANGE_2016)));
  }

  /** The violations of a request for a mailbox that does not exist yet. */
  private static List<Violation> rejectedOnCreation(
      MailboxRequest request, PlanningContext context) {
    return assertThrows(
            ValidationException.class,
            () ->
                MailboxPlanner.provision(
                    request, context, MailboxState.ABSENT, Optional.empty(), NO_SKUS))
        .violations();
  }

  @Test
  void givenEnableBehaviourAndNoUser_provision_failsAsUnknownObject() {
    assertThrows(
        io.exchangekit.core.error.UnknownObjectException.class,
        () ->
            MailboxPlanner.provision(
                new MailboxRequest(RecipientIdentity.of("ghost"), MailboxSettings.EMPTY),
                PlanningContext.of(ModeRulesFixtures.PE, ExchangeVersion.EXCHANGE_2016),
                MailboxState.ABSENT,
                Optional.empty(),
                NO_SKUS));
  }

  @Test
  void givenAnUpnThatIsNotAPrincipal_onlineCreate_isAViolation() {
    assertThrows(
        ValidationException.class,
        () ->
            MailboxPlanner.provision(
                new MailboxRequest(RecipientIdentity.of("not an upn"), MailboxSettings.EMPTY),
                PlanningContext.of(ModeRulesFixtures.OC, ExchangeVersion.ONLINE),
                MailboxState.ABSENT,
                Optional.empty(),
                LicenseFixtures.catalog()));
    assertTrue(UserPrincipalName.of("a@b.co").sameAs(UserPrincipalName.of("A@B.CO")));
  }
}
