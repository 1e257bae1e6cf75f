package io.exchangekit.adapter.openiam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.openiam.model.ManagedSystem;
import io.exchangekit.adapter.openiam.model.OpenIamErrorCode;
import io.exchangekit.adapter.openiam.model.OpenIamResponse;
import io.exchangekit.adapter.openiam.model.OpenIamStatus;
import io.exchangekit.adapter.openiam.wire.OpenIamWireCodec;
import io.exchangekit.core.error.AlreadyExistsException;
import io.exchangekit.core.error.AuthenticationFailedException;
import io.exchangekit.core.error.BrokenSessionException;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.error.MailboxNotProvisionedYetException;
import io.exchangekit.core.error.ModeNotSupportedException;
import io.exchangekit.core.error.OperationTimeoutException;
import io.exchangekit.core.error.PermissionDeniedException;
import io.exchangekit.core.error.RemoteError;
import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.error.ThrottledException;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.error.ValidationException;
import io.exchangekit.core.error.Violation;
import io.exchangekit.core.group.DistributionGroupSettings;
import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.plan.Step;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.ports.service.ExchangeUseCases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OpenIamConnectorTest {
  static final String PASSWORD = "Pw#Kx81!zQ";
  static final String PREMISE_CREATE =
      "{\\\"connectorScope\\\":\\\"premise\\\",\\\"newUserBehavior\\\":\\\"create\\\"}";
  static final String ONLINE_CREATE =
      "{\\\"connectorScope\\\":\\\"online\\\",\\\"newUserBehavior\\\":\\\"create\\\"}";

  private final OpenIamWireCodec codec = new OpenIamWireCodec();
  private FakeExchange premise;
  private FakeExchange online;
  private FakeDirectory directory;
  private OpenIamConnector connector;

  @BeforeEach
  void setUp() {
    premise = new FakeExchange(ExchangeVersion.EXCHANGE_2019);
    online = new FakeExchange(ExchangeVersion.ONLINE);
    directory = new FakeDirectory();
    connector =
        OpenIamConnector.of(
            ExchangeUseCases.builder()
                .premise(premise.backend())
                .online(online.backend(), directory)
                .build());
  }

  /** A request text; {@code attributes} is the inside of the attributes array. */
  static String request(String operation, String type, String identity, String attributes) {
    return "{\"requestId\":\"r1\",\"operation\":\""
        + operation
        + "\",\"objectType\":"
        + (type == null ? "null" : "\"" + type + "\"")
        + ",\"identityName\":"
        + (identity == null ? "null" : "\"" + identity + "\"")
        + ",\"metaData\":{\"login\":\"CONTOSO\\\\svc-exchange\",\"password\":\""
        + PASSWORD
        + "\",\"url\":\"ex01.contoso.com\"},\"attributes\":["
        + attributes
        + "]}";
  }

  static String attr(String name, String value) {
    return "{\"name\":\"" + name + "\",\"values\":[\"" + value + "\"]}";
  }

  static String attr(String name, String operation, String... values) {
    return "{\"name\":\""
        + name
        + "\",\"operation\":\""
        + operation
        + "\",\"values\":[\""
        + String.join("\",\"", values)
        + "\"]}";
  }

  private OpenIamResponse handle(String json) {
    String response = connector.handle(json);
    assertFalse(response.contains(PASSWORD), response);
    return codec.decodeResponse(response);
  }

  private List<String> commands() {
    List<String> all = new ArrayList<>();
    for (ExchangePlan p : premise.plans) {
      p.commands().forEach(c -> all.add(c.cmdlet()));
    }
    return all;
  }

  private void mailbox(String identity) {
    premise.mailboxes.put(identity, MailboxState.mailbox(MailboxType.USER, MailboxSettings.EMPTY));
  }

  @Test
  void givenAnExistingAdUser_handleSave_enablesItsMailbox() {
    premise.mailboxes.put("jdoe", MailboxState.userWithoutMailbox(MailboxSettings.EMPTY));

    OpenIamResponse r =
        handle(
            request(
                "SAVE", "USER", "jdoe", attr("Alias", "jdoe") + "," + attr("Database", "DB01")));

    assertEquals(OpenIamStatus.SUCCESS, r.status(), r.toString());
    assertEquals(Optional.of("r1"), r.requestId());
    assertEquals("Enable-Mailbox", commands().get(0));
    assertFalse(r.completedSteps().isEmpty());
  }

  @Test
  void givenPremiseCreate_handleSave_createsTheMailboxWithItsPassword() {
    OpenIamResponse r =
        handle(
            request(
                "SAVE",
                "USER",
                "jdoe@contoso.com",
                attr("ConnectorModeSettings", PREMISE_CREATE)
                    + ","
                    + attr("Name", "John Doe")
                    + ","
                    + attr("Password", PASSWORD)));

    assertEquals(OpenIamStatus.SUCCESS, r.status(), r.toString());
    ExchangeCommand create = premise.plans.get(0).commands().get(0);
    assertEquals("New-Mailbox", create.cmdlet());
    assertTrue(create.parameters().get("Password") instanceof ParameterValue.SecretText);
  }

  @Test
  void givenAParameterOfAnotherVersion_handleSave_succeedsWithAWarning() {
    mailbox("jdoe");

    OpenIamResponse r =
        handle(
            request(
                "SAVE",
                "USER",
                "jdoe",
                attr("ManagedFolderMailboxPolicy", "Policy1") + "," + attr("ObjectGUID", "x")));

    assertEquals(OpenIamStatus.SUCCESS, r.status(), r.toString());
    assertEquals(2, r.warnings().size(), r.warnings().toString());
    assertTrue(r.warnings().get(0).startsWith("ObjectGUID: ignored"), r.warnings().toString());
    assertTrue(
        r.warnings().get(1).startsWith("ManagedFolderMailboxPolicy: ignored: applies only to"),
        r.warnings().toString());
  }

  @Test
  void givenOnlineCreate_handleSave_createsTheCloudUserAndIsPending() {
    OpenIamResponse r =
        handle(
            request(
                "SAVE",
                "USER",
                "jdoe@contoso.com",
                attr("ConnectorModeSettings", ONLINE_CREATE)
                    + ","
                    + attr("DisplayName", "John Doe")
                    + ","
                    + attr("UsageLocation", "US")
                    + ","
                    + attr("ImmutableId", "abc123")
                    + ","
                    + attr(
                        "LicensesToAssignJson",
                        "[{\\\"LicenseName\\\":\\\"contoso:ENTERPRISEPACK\\\",\\\"DisabledPlans\\\":[\\\"SWAY\\\"]}]")));

    assertEquals(OpenIamStatus.PENDING, r.status(), r.toString());
    assertEquals(List.of("ImmutableId"), r.pending());
    assertEquals(List.of(Responses.PENDING_MESSAGE), r.messages());
    assertEquals(2, directory.actions.size(), "create the cloud user, assign licences");
    assertTrue(premise.untouched());
  }

  @Test
  void givenADryRun_handleSave_returnsThePlanWithTheSecretMaskedAndRunsNothing() {
    String json =
        request(
                "SAVE",
                "USER",
                "jdoe@contoso.com",
                attr("ConnectorModeSettings", PREMISE_CREATE)
                    + ","
                    + attr("Name", "John Doe")
                    + ","
                    + attr("Password", PASSWORD))
            .replace("\"requestId\":\"r1\"", "\"requestId\":\"r1\",\"dryRun\":true");

    OpenIamResponse r = handle(json);

    assertEquals(OpenIamStatus.SUCCESS, r.status(), r.toString());
    assertTrue(r.dryRun());
    // the steps as the backend renders them; their lines make up the plan text
    PlannedStep step = r.planSteps().get(0);
    assertEquals(PlannedStep.Target.EXCHANGE_ON_PREMISES, step.target());
    assertEquals("New-Mailbox", step.operation());
    assertEquals("jdoe@contoso.com", step.parameters().get("UserPrincipalName"));
    assertEquals("****", step.parameters().get("Password"));
    assertEquals(PlannedStep.lines(r.planSteps()), List.of(r.plan().orElseThrow().split("\n")));
    assertFalse(codec.encodeResponse(r).contains(PASSWORD));
    assertTrue(premise.plans.isEmpty());
  }

  @Test
  void givenAMailbox_handleDeleteSuspendResume_disablesLocksAndUnlocksIt() {
    mailbox("jdoe");

    OpenIamResponse locked = handle(request("SUSPEND", "USER", "jdoe", ""));
    premise.mailboxes.put(
        "jdoe",
        MailboxState.mailbox(MailboxType.USER, MailboxSettings.EMPTY).withProtocols(Set.of()));
    OpenIamResponse unlocked = handle(request("RESUME", "USER", "jdoe", ""));
    OpenIamResponse deleted = handle(request("DELETE", "USER", "jdoe", ""));

    assertEquals(OpenIamStatus.SUCCESS, locked.status(), locked.toString());
    assertEquals(OpenIamStatus.SUCCESS, unlocked.status(), unlocked.toString());
    assertEquals(OpenIamStatus.SUCCESS, deleted.status(), deleted.toString());
    assertEquals(List.of("Set-CASMailbox", "Set-CASMailbox", "Disable-Mailbox"), commands());
    assertEquals(
        ParameterValue.bool(false),
        premise.plans.get(0).commands().get(0).parameters().get("OWAEnabled"));
    assertEquals(
        ParameterValue.bool(true),
        premise.plans.get(1).commands().get(0).parameters().get("OWAEnabled"));
  }

  @Test
  void givenAGoneMailbox_handleDelete_succeedsWithoutRunningAnything() {
    OpenIamResponse r = handle(request("DELETE", "USER", "gone", ""));

    assertEquals(OpenIamStatus.SUCCESS, r.status(), r.toString());
    assertEquals(
        List.of("nothing to change: the target already matches the request"), r.messages());
    assertTrue(premise.plans.isEmpty());
  }

  @Test
  void givenCreateBehaviour_handleResetPassword_setsThePasswordWithoutEchoingIt() {
    mailbox("jdoe@contoso.com");

    OpenIamResponse r =
        handle(
            request(
                "RESET_PASSWORD",
                "USER",
                "jdoe@contoso.com",
                attr("ConnectorModeSettings", PREMISE_CREATE) + "," + attr("Password", PASSWORD)));

    assertEquals(OpenIamStatus.SUCCESS, r.status(), r.toString());
    ExchangeCommand set = premise.plans.get(0).commands().get(0);
    assertEquals("Set-Mailbox", set.cmdlet());
    assertEquals(
        PASSWORD, ((ParameterValue.SecretText) set.parameters().get("Password")).value().reveal());
  }

  @Test
  void givenEnableBehaviour_handleResetPassword_failsAsUnsupported() {
    OpenIamResponse r =
        handle(request("RESET_PASSWORD", "USER", "jdoe", attr("Password", PASSWORD)));

    assertEquals(OpenIamStatus.FAILURE, r.status());
    assertEquals(Optional.of(OpenIamErrorCode.UNSUPPORTED_OPERATION), r.errorCode());
    assertTrue(r.errorMessages().get(0).startsWith("RESET_PASSWORD needs newUserBehavior create"));
  }

  @Test
  void givenANewGroup_handleSave_createsIt() {
    OpenIamResponse r =
        handle(
            request(
                "SAVE",
                "GROUP",
                "Sales",
                attr("Name", "Sales") + "," + attr("Members", "ADD", "alice", "bob")));

    assertEquals(OpenIamStatus.SUCCESS, r.status(), r.toString());
    assertEquals("New-DistributionGroup", commands().get(0));
  }

  @Test
  void givenAnExistingGroup_handleSave_addsAndRemovesMembersOneByOne() {
    premise.groups.put("Sales", new GroupState(DistributionGroupSettings.EMPTY, Set.of("carol")));
    String members =
        "{\"name\":\"Members\",\"values\":[{\"value\":\"alice\",\"operation\":\"ADD\"},"
            + "{\"value\":\"carol\",\"operation\":\"DELETE\"}]}";

    OpenIamResponse r = handle(request("SAVE", "GROUP", "Sales", members));

    assertEquals(OpenIamStatus.SUCCESS, r.status(), r.toString());
    assertEquals(
        List.of("Add-DistributionGroupMember", "Remove-DistributionGroupMember"), commands());
    assertEquals(2, r.completedSteps().size(), r.completedSteps().toString());
  }

  @Test
  void givenANewGroupWithMembersAddedAndDeleted_handleSaveAsDryRun_plansOnlyTheCreation() {
    String members =
        "{\"name\":\"Members\",\"values\":[{\"value\":\"alice\",\"operation\":\"ADD\"},"
            + "{\"value\":\"carol\",\"operation\":\"DELETE\"}]}";
    String json =
        request("SAVE", "GROUP", "Sales", attr("Name", "Sales") + "," + members)
            .replace("\"requestId\":\"r1\"", "\"requestId\":\"r1\",\"dryRun\":true");

    OpenIamResponse r = handle(json);

    assertEquals(OpenIamStatus.SUCCESS, r.status(), r.toString());
    assertEquals(1, r.planSteps().size(), r.planSteps().toString());
    assertEquals("New-DistributionGroup", r.planSteps().get(0).operation());
    assertEquals(
        Map.of("Name", "Sales", "Members", List.of("alice")), r.planSteps().get(0).parameters());
    assertTrue(premise.plans.isEmpty());
  }

  @Test
  void givenAnExistingGroup_handleSaveAsDryRun_showsMemberUpdatesReadably() {
    premise.groups.put("Sales", new GroupState(DistributionGroupSettings.EMPTY, Set.of("carol")));
    String json =
        request(
                "SAVE",
                "GROUP",
                "Sales",
                attr("ManagedBy", "REPLACE", "alice", "bob")
                    + ","
                    + attr("Members", "DELETE", "carol"))
            .replace("\"requestId\":\"r1\"", "\"requestId\":\"r1\",\"dryRun\":true");

    OpenIamResponse r = handle(json);

    assertEquals(
        List.of("Set-DistributionGroup", "Remove-DistributionGroupMember"),
        r.planSteps().stream().map(PlannedStep::operation).toList());
    assertEquals(
        Map.of("Add", List.of("alice", "bob")), r.planSteps().get(0).parameters().get("ManagedBy"));
    assertEquals("carol", r.planSteps().get(1).parameters().get("Member"));
  }

  @Test
  void givenAnExistingGroup_handleDelete_removesIt() {
    premise.groups.put("Sales", new GroupState(DistributionGroupSettings.EMPTY, Set.of()));

    OpenIamResponse r = handle(request("DELETE", "GROUP", "Sales", ""));

    assertEquals(OpenIamStatus.SUCCESS, r.status(), r.toString());
    assertEquals(List.of("Remove-DistributionGroup"), commands());
  }

  @Test
  void givenAReachableTarget_handleTest_reportsItsVersion() {
    OpenIamResponse r =
        handle(
            "{\"requestId\":\"t1\",\"operation\":\"TEST\",\"metaData\":{\"login\":\"CONTOSO\\\\svc\"}}");

    assertEquals(OpenIamStatus.SUCCESS, r.status(), r.toString());
    assertEquals(List.of("connected to Exchange Server 2019 (premise scope)"), r.messages());
  }

  @Test
  void givenRecords_handleSearch_returnsTheRequestedAttributesWithNullsForAbsentOnes() {
    Map<String, List<String>> properties = new LinkedHashMap<>();
    properties.put("DisplayName", List.of("John Doe"));
    properties.put("EmailAddresses", List.of("SMTP:jdoe@contoso.com", "smtp:john@contoso.com"));
    properties.put("Notes", List.of());
    premise.records.add(new RecipientRecord("jdoe@contoso.com", properties));

    String response =
        connector.handle(
            "{\"requestId\":\"s1\",\"operation\":\"SEARCH\",\"objectType\":\"USER\","
                + "\"searchQuery\":\"Get-Mailbox | Select-Object\","
                + "\"requestedAttributes\":[\"displayname\",\"EmailAddresses\",\"Notes\",\"Foo\"]}");

    assertEquals(
        "{\"requestId\":\"s1\",\"status\":\"SUCCESS\",\"errorCode\":null,\"errorMessages\":[],"
            + "\"messages\":[\"1 object found\"],\"warnings\":[],\"pending\":[],\"completedSteps\":[],"
            + "\"dryRun\":false,\"plan\":null,\"retryable\":false,\"objects\":[{\"identityName\":"
            + "\"jdoe@contoso.com\",\"attributes\":{\"displayname\":[\"John Doe\"],\"EmailAddresses\":"
            + "[\"SMTP:jdoe@contoso.com\",\"smtp:john@contoso.com\"],\"Notes\":[],\"Foo\":null}}]}",
        response);
    assertEquals(List.of("*"), premise.queries.get(0).properties());
  }

  @Test
  void givenAHostileSearchString_handleSearch_refusesItBeforeExchange() {
    OpenIamResponse r =
        handle(
            "{\"requestId\":\"s2\",\"operation\":\"SEARCH\",\"objectType\":\"USER\","
                + "\"searchQuery\":\"Get-Mailbox; Remove-Mailbox -Identity ceo\"}");

    assertEquals(OpenIamStatus.FAILURE, r.status());
    assertEquals(Optional.of(OpenIamErrorCode.UNSUPPORTED_OPERATION), r.errorCode());
    assertTrue(premise.untouched());
  }

  @Test
  void givenAPlannerViolation_handleSave_reportsEveryViolationAsInvalidAttribute() {
    OpenIamResponse r =
        handle(request("SAVE", "USER", "jdoe", attr("ConnectorModeSettings", PREMISE_CREATE)));

    assertEquals(OpenIamStatus.FAILURE, r.status());
    assertEquals(Optional.of(OpenIamErrorCode.INVALID_ATTRIBUTE), r.errorCode());
    assertEquals(3, r.errorMessages().size(), r.errorMessages().toString());
    assertTrue(
        r.errorMessages().get(0).startsWith("Name: is required"), r.errorMessages().toString());
    assertTrue(premise.plans.isEmpty());
  }

  @Test
  void givenOverLongValuesAndAMissingPassword_handleSave_reportsAllThreeAtOnce() {
    OpenIamResponse r =
        handle(
            request(
                "SAVE",
                "USER",
                "jdoe@contoso.com",
                attr("ConnectorModeSettings", PREMISE_CREATE)
                    + ","
                    + attr("Name", "N".repeat(65))
                    + ","
                    + attr("Initials", "ABCDEFG")));

    assertEquals(OpenIamStatus.FAILURE, r.status());
    assertEquals(Optional.of(OpenIamErrorCode.INVALID_ATTRIBUTE), r.errorCode());
    List<String> named = r.errorMessages().stream().map(m -> m.split(":")[0]).toList();
    assertEquals(List.of("Name", "Initials", "Password"), named, r.errorMessages().toString());
    assertTrue(premise.plans.isEmpty());
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(
            new ValidationException(
                List.of(new Violation("Alias", "a"), new Violation("Name", "b"))),
            OpenIamErrorCode.INVALID_ATTRIBUTE,
            false,
            List.of("Alias: a", "Name: b")),
        Arguments.of(
            new InvalidValueException("bad value", List.of("Alias")),
            OpenIamErrorCode.INVALID_ATTRIBUTE,
            false,
            List.of("bad value (attributes: Alias)")),
        Arguments.of(
            new UnknownObjectException(
                "The operation couldn't be performed because object 'jdoe' couldn't be found",
                null,
                new RemoteError("Exchange", "ManagementObjectNotFoundException", null)),
            OpenIamErrorCode.NO_SUCH_OBJECT,
            false,
            List.of(
                "The operation couldn't be performed because object 'jdoe' couldn't be found",
                "Exchange error ManagementObjectNotFoundException")),
        Arguments.of(
            new AlreadyExistsException("taken"),
            OpenIamErrorCode.ALREADY_EXISTS,
            false,
            List.of("taken")),
        Arguments.of(
            new AuthenticationFailedException("refused"),
            OpenIamErrorCode.AUTHENTICATION_FAILED,
            false,
            List.of("refused")),
        Arguments.of(
            new PermissionDeniedException("no role"),
            OpenIamErrorCode.INSUFFICIENT_RIGHTS,
            false,
            List.of("no role")),
        Arguments.of(
            new ModeNotSupportedException("not here"),
            OpenIamErrorCode.UNSUPPORTED_OPERATION,
            false,
            List.of("not here")),
        Arguments.of(
            new OperationTimeoutException("slow"),
            OpenIamErrorCode.TIME_LIMIT_EXCEEDED,
            false,
            List.of("slow")),
        Arguments.of(
            new MailboxNotProvisionedYetException("not yet"),
            OpenIamErrorCode.SYSTEM_UNAVAILABLE,
            true,
            List.of("not yet")),
        Arguments.of(
            new ThrottledException("busy", Duration.ofSeconds(30), null, null),
            OpenIamErrorCode.SYSTEM_UNAVAILABLE,
            true,
            List.of("busy", "retry after 30 seconds")),
        Arguments.of(
            new ServiceUnavailableException("down"),
            OpenIamErrorCode.SYSTEM_UNAVAILABLE,
            true,
            List.of("down")),
        Arguments.of(
            new BrokenSessionException("broken"),
            OpenIamErrorCode.SYSTEM_UNAVAILABLE,
            true,
            List.of("broken")),
        Arguments.of(
            new ExchangeConnectorException("odd"),
            OpenIamErrorCode.OTHER_ERROR,
            false,
            List.of("odd")));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void givenATargetFailure_handle_mapsItThroughTheErrorTable(
      ExchangeConnectorException failure,
      OpenIamErrorCode code,
      boolean retryable,
      List<String> messages) {
    mailbox("jdoe");
    premise.failure =
        failure.afterSteps(
            List.of(
                new Step.Exchange(
                    ExchangeCommand.of("Set-CASMailbox", "step one")
                        .text("Identity", "jdoe")
                        .build())));

    OpenIamResponse r = handle(request("SUSPEND", "USER", "jdoe", ""));

    assertEquals(OpenIamStatus.FAILURE, r.status());
    assertEquals(Optional.of(code), r.errorCode());
    assertEquals(retryable, r.retryable());
    assertEquals(messages, r.errorMessages());
    assertEquals(List.of("step one: Set-CASMailbox"), r.completedSteps());
  }

  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of("{not json", OpenIamErrorCode.MALFORMED_REQUEST, "request is not valid JSON"),
        Arguments.of(
            request("SAVE", "USER", "jdoe", "").replace("SAVE", "UPSERT"),
            OpenIamErrorCode.UNSUPPORTED_OPERATION,
            "operation must be one of"),
        Arguments.of(
            request("SAVE", "ROLE", "jdoe", ""),
            OpenIamErrorCode.MALFORMED_REQUEST,
            "objectType must be one of USER, GROUP but was 'ROLE'"),
        Arguments.of(
            request(
                "SAVE",
                "USER",
                "jdoe",
                attr("ConnectorModeSettings", "{\\\"connectorScope\\\":\\\"cloud\\\"}")),
            OpenIamErrorCode.INVALID_ATTRIBUTE,
            "ConnectorModeSettings: connectorScope must be one of premise, online, hybrid but was 'cloud'"),
        Arguments.of(
            request("SAVE", "USER", "jdoe", attr("ConnectorModeSettings", "{premise")),
            OpenIamErrorCode.INVALID_ATTRIBUTE,
            "ConnectorModeSettings: must be a JSON object such as"),
        Arguments.of(
            request(
                "SAVE",
                "USER",
                "jdoe",
                attr("LicensesToAssignJson", "[{\\\"LicenseName\\\":\\\"E3\\\"}]")),
            OpenIamErrorCode.INVALID_ATTRIBUTE,
            "LicensesToAssignJson: item 1: LicenseName must have the form tenant:SKU_PART_NUMBER"),
        Arguments.of(
            request("SAVE", "USER", null, ""),
            OpenIamErrorCode.MALFORMED_REQUEST,
            "identityName is required for SAVE USER"),
        Arguments.of(
            request("SAVE", "USER", "jdoe", attr("Name", "n".repeat(65))),
            OpenIamErrorCode.INVALID_ATTRIBUTE,
            "Name: must be at most 64 characters but has 65"),
        Arguments.of(
            request("SAVE", "USER", "jdoe", attr("UsageLocation", "United States")),
            OpenIamErrorCode.INVALID_ATTRIBUTE,
            "UsageLocation: must be at most 2 characters"),
        Arguments.of(
            request("SAVE", "USER", "jdoe", attr("UsageLocation", "ZZ")),
            OpenIamErrorCode.INVALID_ATTRIBUTE,
            "UsageLocation: must be an ISO 3166-1 alpha-2 country code"),
        Arguments.of(
            request("SAVE", "USER", "jdoe", "").replace("CONTOSO\\\\svc-exchange", "svc-exchange"),
            OpenIamErrorCode.INVALID_CONFIGURATION,
            "managed system: login must include the domain"));
  }

  @ParameterizedTest
  @MethodSource("badInput")
  void givenBadInput_handle_failsPreciselyAndRunsNothing(
      String json, OpenIamErrorCode code, String messageStart) {
    mailbox("jdoe");

    OpenIamResponse r = handle(json);

    assertEquals(OpenIamStatus.FAILURE, r.status());
    assertEquals(Optional.of(code), r.errorCode(), r.toString());
    assertTrue(r.errorMessages().get(0).startsWith(messageStart), r.errorMessages().toString());
    // A bad value may cost the state read that tells which parameters the mode still requires
    // (reported with it), but nothing runs.
    assertTrue(premise.plans.isEmpty() && premise.queries.isEmpty(), "ran: " + premise.plans);
    assertTrue(premise.reads <= 1, "reads " + premise.reads);
    assertTrue(online.untouched());
    assertTrue(directory.actions.isEmpty());
  }

  @Test
  void givenNothingOrGarbage_handle_answersFailureWithoutThrowing() {
    assertEquals(OpenIamStatus.FAILURE, handle(null).status());
    assertEquals(OpenIamStatus.FAILURE, handle("\u0000\u0001").status());
    assertEquals(OpenIamStatus.FAILURE, handle("[".repeat(5000)).status());
  }

  @Test
  void givenAResolver_handle_passesItTheManagedSystemAndReportsItsRefusal() {
    AtomicReference<ManagedSystem> seen = new AtomicReference<>();
    OpenIamConnector perSystem =
        OpenIamConnector.perManagedSystem(
            m -> {
              seen.set(m);
              throw new IllegalArgumentException("setting 'url' is required");
            });

    OpenIamResponse r =
        codec.decodeResponse(perSystem.handle(request("SUSPEND", "USER", "jdoe", "")));

    assertEquals(Optional.of("ex01.contoso.com"), seen.get().url());
    assertEquals(PASSWORD, seen.get().password().orElseThrow().reveal());
    assertEquals(Optional.of(OpenIamErrorCode.INVALID_CONFIGURATION), r.errorCode());
    assertEquals(List.of("managed system: setting 'url' is required"), r.errorMessages());
  }

  @Test
  void givenAValueTheDomainRefusesWhilePlanning_handle_reportsAnInvalidAttribute() {
    mailbox("jdoe");
    premise.failure = new IllegalArgumentException("'Alias' must not be blank");

    OpenIamResponse r = handle(request("SUSPEND", "USER", "jdoe", ""));

    assertEquals(Optional.of(OpenIamErrorCode.INVALID_ATTRIBUTE), r.errorCode());
    assertEquals(List.of("'Alias' must not be blank"), r.errorMessages());
  }

  @Test
  void givenAnUnexpectedFailure_handle_reportsOtherError() {
    mailbox("jdoe");
    premise.failure = new IllegalStateException("session pool closed");

    OpenIamResponse r = handle(request("SUSPEND", "USER", "jdoe", ""));

    assertEquals(Optional.of(OpenIamErrorCode.OTHER_ERROR), r.errorCode());
    assertEquals(
        List.of("internal error: IllegalStateException: session pool closed"), r.errorMessages());
  }

  @Test
  void givenATargetErrorQuotingThePassword_handle_masksIt() {
    mailbox("jdoe");
    premise.failure = new ExchangeConnectorException("cannot use password " + PASSWORD);

    OpenIamResponse r = handle(request("SUSPEND", "USER", "jdoe", ""));

    assertEquals(List.of("cannot use password ****"), r.errorMessages());
  }
}
