package io.exchangekit.ports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.error.ModeNotSupportedException;
import io.exchangekit.core.error.ThrottledException;
import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.AssignedLicense;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.license.ServicePlan;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.license.SubscribedSku;
import io.exchangekit.core.mailbox.MailboxName;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.plan.Step;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.ObjectName;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.ports.in.Outcome;
import io.exchangekit.ports.in.mailbox.MailboxCommand;
import io.exchangekit.ports.in.mailbox.ProvisionMailboxCommand;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ExchangeUseCasesTest {
  private static final RecipientIdentity JDOE = RecipientIdentity.of("jdoe@contoso.com");
  private static final ConnectorMode PREMISE_CREATE =
      ConnectorMode.of(Scope.PREMISE, NewUserBehavior.CREATE);
  private static final ConnectorMode ONLINE_CREATE =
      ConnectorMode.of(Scope.ONLINE, NewUserBehavior.CREATE);

  private static final SubscribedSku E3 =
      new SubscribedSku(
          "contoso",
          UUID.fromString("6fd2c87f-b296-42f0-b197-1e91e994b900"),
          "ENTERPRISEPACK",
          List.of(
              new ServicePlan(
                  UUID.fromString("efb87545-963c-4e0d-99df-69c6916d9eb0"),
                  "EXCHANGE_S_ENTERPRISE")),
          25,
          0);

  /** A directory fake: fixed user, records the actions applied, fails where told. */
  static final class FakeDirectory implements CloudDirectoryPort {
    final List<DirectoryAction> applied = new ArrayList<>();
    Function<DirectoryAction, RuntimeException> failOn = a -> null;
    Optional<CloudUser> user = Optional.empty();
    int catalogCalls;

    @Override
    public Optional<CloudUser> findUser(UserPrincipalName upn) {
      return user;
    }

    @Override
    public SkuCatalog subscribedSkus() {
      catalogCalls++;
      return new SkuCatalog(List.of(E3));
    }

    @Override
    public List<PlannedStep> render(DirectoryPlan plan) {
      return plan.actions().stream()
          .map(
              a ->
                  new PlannedStep(
                      PlannedStep.Target.MICROSOFT_GRAPH,
                      a.getClass().getSimpleName(),
                      java.util.Map.of(),
                      a.toString()))
          .toList();
    }

    @Override
    public Step.Directory apply(DirectoryAction action) {
      RuntimeException failure = failOn.apply(action);
      if (failure != null) {
        throw failure;
      }
      applied.add(action);
      return new Step.Directory(action, "did " + action.getClass().getSimpleName());
    }
  }

  private static MailboxSettings newUser() {
    return MailboxSettings.builder()
        .set(MailboxParameter.NAME, MailboxName.of("John Doe"))
        .set(MailboxParameter.PASSWORD, Secret.of("Pa55word!"))
        .set(MailboxParameter.DATABASE, ObjectName.of("DB01"))
        .set(MailboxParameter.HIDDEN_FROM_ADDRESS_LISTS, Boolean.TRUE)
        .build();
  }

  @Test
  void givenPremiseCreate_provision_runsOnePlanAndReportsItsSteps() {
    FakeExchange exchange = new FakeExchange(ExchangeVersion.EXCHANGE_2019);
    ExchangeUseCases useCases = ExchangeUseCases.builder().premise(exchange.backend()).build();
    Outcome outcome =
        useCases
            .provisionMailbox()
            .provision(new ProvisionMailboxCommand(JDOE, PREMISE_CREATE, newUser(), false));
    assertEquals(Outcome.Status.SUCCESS, outcome.status());
    assertEquals(1, exchange.ran.size());
    assertEquals(
        List.of("New-Mailbox", "Set-Mailbox"),
        exchange.ran.get(0).commands().stream().map(c -> c.cmdlet()).toList());
    assertEquals(
        List.of("create the mailbox: New-Mailbox", "apply mailbox settings: Set-Mailbox"),
        outcome.completedSteps());
    assertEquals(
        exchange.ran.get(0).commands(),
        outcome.steps().stream().map(s -> ((Step.Exchange) s).command()).toList());
  }

  @Test
  void givenADryRun_provision_runsNothingAndReturnsThePlan() {
    FakeExchange exchange = new FakeExchange(ExchangeVersion.EXCHANGE_2019);
    Outcome outcome =
        ExchangeUseCases.builder()
            .premise(exchange.backend())
            .build()
            .provisionMailbox()
            .provision(new ProvisionMailboxCommand(JDOE, PREMISE_CREATE, newUser(), true));
    assertEquals(Outcome.Status.DRY_RUN, outcome.status());
    assertTrue(exchange.ran.isEmpty());
    assertTrue(outcome.plan().exchange().toString().contains("New-Mailbox"));
    assertTrue(!outcome.plan().exchange().toString().contains("Pa55word!"));
  }

  @Test
  void givenAFailingSecondCommand_provision_reportsTheStepThatCompleted() {
    FakeExchange exchange = new FakeExchange(ExchangeVersion.EXCHANGE_2019);
    exchange.failOn =
        c ->
            c.cmdlet().equals("Set-Mailbox")
                ? new InvalidValueException(
                    "Couldn't set it", List.of("HiddenFromAddressListsEnabled"))
                : null;
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                ExchangeUseCases.builder()
                    .premise(exchange.backend())
                    .build()
                    .provisionMailbox()
                    .provision(
                        new ProvisionMailboxCommand(JDOE, PREMISE_CREATE, newUser(), false)));
    assertEquals(List.of("create the mailbox: New-Mailbox"), e.completedSteps());
    assertEquals(List.of("HiddenFromAddressListsEnabled"), e.attributes());
  }

  @Test
  void givenAFailingDirectoryAction_assign_reportsTheStepsBeforeItOnANewException() {
    FakeExchange exchange = new FakeExchange(ExchangeVersion.ONLINE);
    FakeDirectory directory = new FakeDirectory();
    ThrottledException thrown = new ThrottledException("Too many requests");
    directory.failOn = a -> a instanceof DirectoryAction.AssignLicenses ? thrown : null;
    MailboxSettings s =
        MailboxSettings.builder()
            .set(MailboxParameter.DISPLAY_NAME, DisplayName.of("John Doe"))
            .set(MailboxParameter.USAGE_LOCATION, UsageLocation.of("US"))
            .set(
                MailboxParameter.LICENSES,
                List.of(
                    new LicenseSelection(AccountSkuId.parse("contoso:ENTERPRISEPACK"), Set.of())))
            .build();
    ThrottledException e =
        assertThrows(
            ThrottledException.class,
            () ->
                ExchangeUseCases.builder()
                    .online(exchange.backend(), directory)
                    .build()
                    .provisionMailbox()
                    .provision(new ProvisionMailboxCommand(JDOE, ONLINE_CREATE, s, false)));
    assertEquals(List.of("did CreateCloudUser"), e.completedSteps());
    assertTrue(
        e.steps().get(0) instanceof Step.Directory d
            && d.action() instanceof DirectoryAction.CreateCloudUser);
    assertEquals("Too many requests", e.getMessage());
    assertTrue(e.isRetryable());
    assertTrue(thrown.steps().isEmpty(), "the thrown exception is never changed");
  }

  private DirectoryAction action(Step step) {
    return ((Step.Directory) step).action();
  }

  @Test
  void givenOnlyPremiseConfigured_anOnlineRequest_failsNamingTheScope() {
    FakeExchange exchange = new FakeExchange(ExchangeVersion.EXCHANGE_2019);
    ModeNotSupportedException e =
        assertThrows(
            ModeNotSupportedException.class,
            () ->
                ExchangeUseCases.builder()
                    .premise(exchange.backend())
                    .build()
                    .removeMailbox()
                    .remove(new MailboxCommand(JDOE, ONLINE_CREATE, false)));
    assertTrue(e.getMessage().contains("online"), e.getMessage());
  }

  @Test
  void givenOnlineCreate_provision_createsTheCloudUserAndIsPending() {
    FakeExchange exchange = new FakeExchange(ExchangeVersion.ONLINE);
    FakeDirectory directory = new FakeDirectory();
    MailboxSettings s =
        MailboxSettings.builder()
            .set(MailboxParameter.DISPLAY_NAME, DisplayName.of("John Doe"))
            .set(MailboxParameter.USAGE_LOCATION, UsageLocation.of("US"))
            .set(
                MailboxParameter.LICENSES,
                List.of(
                    new LicenseSelection(AccountSkuId.parse("contoso:ENTERPRISEPACK"), Set.of())))
            .set(MailboxParameter.RETENTION_POLICY, ObjectName.of("Default MRM Policy"))
            .set(
                MailboxParameter.ROLE_ASSIGNMENT_POLICY,
                ObjectName.of("Default Role Assignment Policy"))
            .build();
    Outcome outcome =
        ExchangeUseCases.builder()
            .online(exchange.backend(), directory)
            .build()
            .provisionMailbox()
            .provision(new ProvisionMailboxCommand(JDOE, ONLINE_CREATE, s, false));
    assertEquals(Outcome.Status.PENDING, outcome.status());
    assertEquals(List.of("RoleAssignmentPolicy"), outcome.pending());
    assertEquals(1, outcome.warnings().size(), "RetentionPolicy is on-premises only");
    assertTrue(exchange.ran.isEmpty());
    assertEquals(2, directory.applied.size());
    assertTrue(directory.applied.get(0) instanceof DirectoryAction.CreateCloudUser);
    assertEquals(List.of("did CreateCloudUser", "did AssignLicenses"), outcome.completedSteps());
    assertEquals(directory.applied, outcome.steps().stream().map(this::action).toList());
  }

  @Test
  void givenTheOnlineMailboxExists_secondSave_appliesThePendingSettings() {
    FakeExchange exchange = new FakeExchange(ExchangeVersion.ONLINE);
    exchange.mailbox = MailboxState.mailbox(MailboxType.USER, MailboxSettings.EMPTY);
    FakeDirectory directory = new FakeDirectory();
    directory.user =
        Optional.of(
            new CloudUser(
                "id-1",
                UserPrincipalName.of("jdoe@contoso.com"),
                DisplayName.of("John Doe"),
                true,
                Optional.of(UsageLocation.of("US")),
                List.of(new AssignedLicense(E3.skuId(), Set.of()))));
    MailboxSettings s =
        MailboxSettings.builder()
            .set(
                MailboxParameter.ROLE_ASSIGNMENT_POLICY,
                ObjectName.of("Default Role Assignment Policy"))
            .set(
                MailboxParameter.LICENSES,
                List.of(
                    new LicenseSelection(AccountSkuId.parse("contoso:ENTERPRISEPACK"), Set.of())))
            .build();
    Outcome outcome =
        ExchangeUseCases.builder()
            .online(exchange.backend(), directory)
            .build()
            .provisionMailbox()
            .provision(new ProvisionMailboxCommand(JDOE, ONLINE_CREATE, s, false));
    assertEquals(Outcome.Status.SUCCESS, outcome.status());
    assertEquals("Set-Mailbox", exchange.ran.get(0).commands().get(0).cmdlet());
    assertTrue(directory.applied.isEmpty(), "licences already match");
  }

  @Test
  void givenNoBackend_builder_refusesToBuild() {
    assertThrows(IllegalStateException.class, () -> ExchangeUseCases.builder().build());
  }

  @Test
  void givenTheBackendsOfADeployment_defaultMode_isTheScopeItServesUnlessChosen() {
    FakeExchange premise = new FakeExchange(ExchangeVersion.EXCHANGE_2019);
    FakeExchange online = new FakeExchange(ExchangeVersion.ONLINE);
    ConnectorMode onlineEnable = ConnectorMode.of(Scope.ONLINE, NewUserBehavior.ENABLE);

    assertEquals(
        ConnectorMode.DEFAULT,
        ExchangeUseCases.builder().premise(premise.backend()).build().defaultMode());
    assertEquals(
        onlineEnable,
        ExchangeUseCases.builder()
            .online(online.backend(), new FakeDirectory())
            .build()
            .defaultMode());
    assertEquals(
        ONLINE_CREATE,
        ExchangeUseCases.builder()
            .premise(premise.backend())
            .online(online.backend(), new FakeDirectory())
            .defaultMode(ONLINE_CREATE)
            .build()
            .defaultMode());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                ExchangeUseCases.builder()
                    .premise(premise.backend())
                    .defaultMode(onlineEnable)
                    .build());
    assertTrue(e.getMessage().contains("needs a backend for scope ONLINE"), e.getMessage());
  }
}
