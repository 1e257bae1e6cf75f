package io.exchangekit.adapter.openiam.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.openiam.model.AttributeOperation;
import io.exchangekit.adapter.openiam.model.ManagedSystem;
import io.exchangekit.adapter.openiam.model.OpenIamAttribute;
import io.exchangekit.adapter.openiam.model.OpenIamErrorCode;
import io.exchangekit.adapter.openiam.model.OpenIamMetaData;
import io.exchangekit.adapter.openiam.model.OpenIamObjectType;
import io.exchangekit.adapter.openiam.model.OpenIamOperation;
import io.exchangekit.adapter.openiam.model.OpenIamRequest;
import io.exchangekit.adapter.openiam.model.OpenIamRequestException;
import io.exchangekit.adapter.openiam.model.OpenIamValue;
import io.exchangekit.core.error.ValidationException;
import io.exchangekit.core.error.Violation;
import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.group.GroupType;
import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.mailbox.MailboxName;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mailbox.SendModerationNotifications;
import io.exchangekit.core.mailbox.ValueOperation;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.mode.Warning;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.core.search.SearchQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RequestMapperTest {
  static final String PREMISE_CREATE =
      "{\"connectorScope\":\"premise\",\"newUserBehavior\":\"create\"}";
  static final String ONLINE_CREATE =
      "{\"connectorScope\":\"online\",\"newUserBehavior\":\"create\"}";

  static OpenIamRequest request(
      OpenIamOperation op,
      OpenIamObjectType type,
      String identity,
      OpenIamAttribute... attributes) {
    return OpenIamRequest.of("r1", op, type, identity, List.of(attributes));
  }

  static OpenIamRequest withMeta(OpenIamRequest r, Map<String, String> meta, boolean dryRun) {
    return new OpenIamRequest(
        r.requestId(),
        r.operation(),
        r.objectType(),
        r.identityName(),
        new OpenIamMetaData(meta, Optional.of(Secret.of("S3cret!pw"))),
        r.attributes(),
        r.searchQuery(),
        r.requestedAttributes(),
        dryRun);
  }

  static OpenIamAttribute attr(String name, String... values) {
    return OpenIamAttribute.of(name, values);
  }

  static OpenIamAttribute attr(String name, AttributeOperation op, String... values) {
    return OpenIamAttribute.of(name, op, values);
  }

  static List<String> violations(OpenIamRequest r) {
    return assertThrows(ValidationException.class, () -> RequestMapper.map(r)).violations().stream()
        .map(Violation::toString)
        .toList();
  }

  @Test
  void givenDelegateAttributes_mapSave_readsEachAsAMultiValueWithItsOperation() {
    var call =
        assertInstanceOf(
            UseCaseCall.ProvisionMailbox.class,
            RequestMapper.map(
                    request(
                        OpenIamOperation.SAVE,
                        OpenIamObjectType.USER,
                        "sales@contoso.com",
                        attr("fullaccess", "alice", "bob"),
                        attr("FullAccessAutoMapping", "False"),
                        attr("SendAs", AttributeOperation.ADD, "CONTOSO\\carol"),
                        attr("SendOnBehalf", AttributeOperation.DELETE, "dave@contoso.com")))
                .call());
    MailboxSettings s = call.command().settings();
    assertEquals(
        Optional.of(
            MultiValue.replace(
                List.of(RecipientIdentity.of("alice"), RecipientIdentity.of("bob")))),
        s.get(MailboxParameter.FULL_ACCESS, MultiValue.class));
    assertEquals(
        Optional.of(Boolean.FALSE),
        s.get(MailboxParameter.FULL_ACCESS_AUTO_MAPPING, Boolean.class));
    assertEquals(
        Optional.of(
            new MultiValue(ValueOperation.ADD, List.of(RecipientIdentity.of("CONTOSO\\carol")))),
        s.get(MailboxParameter.SEND_AS, MultiValue.class));
    assertEquals(
        Optional.of(
            new MultiValue(
                ValueOperation.DELETE, List.of(RecipientIdentity.of("dave@contoso.com")))),
        s.get(MailboxParameter.SEND_ON_BEHALF, MultiValue.class));
  }

  @Test
  void givenTheSeedsUserAttributes_mapSave_provisionsAMailboxWithEveryParameterTyped() {
    OpenIamRequest r =
        request(
            OpenIamOperation.SAVE,
            OpenIamObjectType.USER,
            "jdoe@contoso.com",
            attr("ConnectorModeSettings", PREMISE_CREATE),
            attr("name", "John Doe"),
            attr("Password", "S3cret!pw"),
            attr("MailboxType", "Shared"),
            attr("ALIAS", "jdoe"),
            attr("OrganizationalUnit", "contoso.com/Users"),
            attr("DisplayName", "John Doe"),
            attr("FirstName", "John"),
            attr("LastName", "Doe"),
            attr("Initials", "JD"),
            attr("Database", "DB01"),
            attr("IsArchive", "True"),
            attr("ResetPasswordOnNextLogon", "false"),
            attr("SamAccountName", "jdoe"),
            attr("SendModerationNotifications", "Internal"),
            attr("PrimarySmtpAddress", "john.doe@contoso.com"),
            attr("ModeratedBy", AttributeOperation.ADD, "alice", "bob"),
            attr("AccountDisabled", "False"),
            attr("UsageLocation", "US"));

    MappedRequest mapped = RequestMapper.map(r);

    var call = assertInstanceOf(UseCaseCall.ProvisionMailbox.class, mapped.call());
    assertEquals(ConnectorMode.of(Scope.PREMISE, NewUserBehavior.CREATE), mapped.mode());
    assertEquals(ConnectorMode.of(Scope.PREMISE, NewUserBehavior.CREATE), call.command().mode());
    assertEquals(RecipientIdentity.of("jdoe@contoso.com"), call.command().identity());
    MailboxSettings s = call.command().settings();
    assertEquals(
        Optional.of(MailboxName.of("John Doe")), s.get(MailboxParameter.NAME, MailboxName.class));
    assertEquals(
        Optional.of(Secret.of("S3cret!pw")), s.get(MailboxParameter.PASSWORD, Secret.class));
    assertEquals(
        Optional.of(MailboxType.SHARED), s.get(MailboxParameter.MAILBOX_TYPE, MailboxType.class));
    assertEquals(Optional.of(Boolean.TRUE), s.get(MailboxParameter.IS_ARCHIVE, Boolean.class));
    assertEquals(
        Optional.of(SendModerationNotifications.INTERNAL),
        s.get(MailboxParameter.SEND_MODERATION_NOTIFICATIONS, SendModerationNotifications.class));
    assertEquals(
        Optional.of(UserPrincipalName.of("jdoe@contoso.com")),
        s.get(MailboxParameter.USER_PRINCIPAL_NAME, UserPrincipalName.class));
    assertEquals(
        Optional.of(
            new MultiValue(
                ValueOperation.ADD,
                List.of(RecipientIdentity.of("alice"), RecipientIdentity.of("bob")))),
        s.get(MailboxParameter.MODERATED_BY, MultiValue.class));
    assertEquals(
        Optional.of(UsageLocation.of("US")),
        s.get(MailboxParameter.USAGE_LOCATION, UsageLocation.class));
    assertEquals(19, s.parameters().size());
    assertEquals(List.of(), mapped.warnings());
    assertFalse(call.command().dryRun());
  }

  @Test
  void givenLicencesAndOnlineCreate_mapSave_carriesTheLicenceSelections() {
    OpenIamRequest r =
        request(
            OpenIamOperation.SAVE,
            OpenIamObjectType.USER,
            "jdoe@contoso.com",
            attr("ConnectorModeSettings", ONLINE_CREATE),
            attr("DisplayName", "John Doe"),
            attr("UsageLocation", "DE"),
            attr(
                "LicensesToAssignJson",
                "[{\"LicenseName\":\"contoso:ENTERPRISEPACK\",\"DisabledPlans\":[]}]"));

    var call = assertInstanceOf(UseCaseCall.ProvisionMailbox.class, RequestMapper.map(r).call());

    assertEquals(Scope.ONLINE, call.command().mode().scope());
    assertEquals(
        List.of(new LicenseSelection(AccountSkuId.parse("contoso:ENTERPRISEPACK"), Set.of())),
        call.command().settings().licenses());
  }

  @Test
  void givenAttributesThatAreNotParameters_mapSave_warnsAndIgnoresThem() {
    OpenIamRequest r =
        request(
            OpenIamOperation.SAVE,
            OpenIamObjectType.USER,
            "CONTOSO\\jdoe",
            attr("Members", "x"),
            attr("Alias", AttributeOperation.DELETE, "old"),
            attr("Database", ""),
            attr("Alias2", "y"));

    MappedRequest mapped = RequestMapper.map(r);

    assertEquals(
        List.of(
            new Warning("Members", "ignored: not a mailbox parameter"),
            new Warning("Alias", "ignored: clearing a single-valued attribute is not supported"),
            new Warning("Alias2", "ignored: not a mailbox parameter")),
        mapped.warnings());
    var call = assertInstanceOf(UseCaseCall.ProvisionMailbox.class, mapped.call());
    assertEquals(Set.of(), call.command().settings().parameters());
    assertEquals(ConnectorMode.DEFAULT, mapped.mode());
  }

  @Test
  void givenEveryKindOfBadAttribute_mapSave_reportsEveryViolationAtOnce() {
    OpenIamRequest r =
        request(
            OpenIamOperation.SAVE,
            OpenIamObjectType.USER,
            "jdoe@contoso.com",
            attr("ConnectorModeSettings", "{\"connectorScope\":\"cloud\"}"),
            attr("Name", "x".repeat(65)),
            attr("UsageLocation", "XX"),
            attr("LicensesToAssignJson", "not json"),
            attr("Alias", "a", "b"));

    assertEquals(
        List.of(
            "ConnectorModeSettings: connectorScope must be one of premise, online, hybrid but was 'cloud'",
            "Name: must be at most 64 characters but has 65",
            "UsageLocation: must be an ISO 3166-1 alpha-2 country code in upper case, such as US,"
                + " GB or DE, but was 'XX'",
            "Alias: takes exactly one value but 2 were given",
            "LicensesToAssignJson: must be a JSON array such as"
                + " [{\"LicenseName\":\"contoso:ENTERPRISEPACK\",\"DisabledPlans\":[\"SWAY\"]}] but"
                + " is not valid JSON (column 1)"),
        violations(r));
  }

  @Test
  void givenNoIdentity_mapSave_failsNamingTheField() {
    OpenIamRequestException e =
        assertThrows(
            OpenIamRequestException.class,
            () -> RequestMapper.map(request(OpenIamOperation.SAVE, OpenIamObjectType.USER, null)));

    assertEquals(OpenIamErrorCode.MALFORMED_REQUEST, e.errorCode());
    assertEquals("identityName is required for SAVE USER", e.getMessage());
  }

  @Test
  void givenNoObjectType_mapDelete_failsNamingTheField() {
    OpenIamRequestException e =
        assertThrows(
            OpenIamRequestException.class,
            () -> RequestMapper.map(request(OpenIamOperation.DELETE, null, "jdoe")));

    assertEquals("objectType is required for DELETE; it must be USER or GROUP", e.getMessage());
  }

  @Test
  void givenAnIdentityWithALineBreak_map_failsAsAnInvalidIdentifier() {
    OpenIamRequestException e =
        assertThrows(
            OpenIamRequestException.class,
            () ->
                RequestMapper.map(
                    request(OpenIamOperation.DELETE, OpenIamObjectType.USER, "jdoe\nx")));

    assertEquals(OpenIamErrorCode.INVALID_IDENTIFIER, e.errorCode());
    assertTrue(
        e.getMessage().startsWith("identityName must not contain control characters"),
        e.getMessage());
  }

  @Test
  void givenUserDeleteSuspendResume_map_callsRemoveLockAndUnlock() {
    RecipientIdentity jdoe = RecipientIdentity.of("jdoe");
    OpenIamAttribute mode = attr("connectormodesettings", ONLINE_CREATE);
    ConnectorMode onlineCreate = ConnectorMode.of(Scope.ONLINE, NewUserBehavior.CREATE);

    var remove =
        assertInstanceOf(
            UseCaseCall.RemoveMailbox.class,
            RequestMapper.map(
                    request(OpenIamOperation.DELETE, OpenIamObjectType.USER, "jdoe", mode))
                .call());
    var lock =
        assertInstanceOf(
            UseCaseCall.LockMailbox.class,
            RequestMapper.map(request(OpenIamOperation.SUSPEND, OpenIamObjectType.USER, "jdoe"))
                .call());
    var unlock =
        assertInstanceOf(
            UseCaseCall.UnlockMailbox.class,
            RequestMapper.map(
                    withMeta(
                        request(OpenIamOperation.RESUME, OpenIamObjectType.USER, "jdoe"),
                        Map.of(),
                        true))
                .call());

    assertEquals(jdoe, remove.command().identity());
    assertEquals(onlineCreate, remove.command().mode());
    assertEquals(ConnectorMode.DEFAULT, lock.command().mode());
    assertFalse(lock.command().dryRun());
    assertTrue(unlock.command().dryRun());
  }

  @Test
  void givenAPasswordAttribute_mapResetPassword_carriesItAsASecret() {
    var call =
        assertInstanceOf(
            UseCaseCall.ResetPassword.class,
            RequestMapper.map(
                    request(
                        OpenIamOperation.RESET_PASSWORD,
                        OpenIamObjectType.USER,
                        "jdoe@contoso.com",
                        attr("PASSWORD", "N3w!pw"),
                        attr("ResetPasswordOnNextLogon", "true")))
                .call());

    assertEquals(Secret.of("N3w!pw"), call.command().password());
    assertTrue(call.command().changeAtNextLogon());
    assertFalse(call.command().toString().contains("N3w!pw"));
  }

  @Test
  void givenNoPassword_mapResetPassword_isAViolation() {
    assertEquals(
        List.of("Password: is required to reset the password"),
        violations(request(OpenIamOperation.RESET_PASSWORD, OpenIamObjectType.USER, "jdoe")));
  }

  @Test
  void givenGroupAttributes_mapSave_savesTheGroupWithTypedSettings() {
    var call =
        assertInstanceOf(
            UseCaseCall.SaveGroup.class,
            RequestMapper.map(
                    request(
                        OpenIamOperation.SAVE,
                        OpenIamObjectType.GROUP,
                        "Sales",
                        attr("Name", "Sales"),
                        attr("grouptype", "Security"),
                        attr("ManagedBy", "alice"),
                        attr("Members", AttributeOperation.ADD, "bob", "carol"),
                        attr("ModeratedBy", AttributeOperation.DELETE, "dave"),
                        attr("ModerationEnabled", "true")))
                .call());

    var settings = call.command().settings();
    assertEquals(
        Optional.of(GroupType.SECURITY), settings.get(GroupParameter.TYPE, GroupType.class));
    assertEquals(
        Optional.of(MultiValue.replace(List.of(RecipientIdentity.of("alice")))),
        settings.get(GroupParameter.MANAGED_BY, MultiValue.class));
    assertEquals(
        Optional.of(
            new MultiValue(
                ValueOperation.ADD,
                List.of(RecipientIdentity.of("bob"), RecipientIdentity.of("carol")))),
        settings.get(GroupParameter.MEMBERS, MultiValue.class));
    assertEquals(
        Optional.of(new MultiValue(ValueOperation.DELETE, List.of(RecipientIdentity.of("dave")))),
        settings.get(GroupParameter.MODERATED_BY, MultiValue.class));
    assertEquals(List.of(), call.command().memberRemovals());
  }

  @ParameterizedTest
  @EnumSource(
      value = AttributeOperation.class,
      names = {"ADD", "REPLACE", "DELETE"})
  void givenOneMembersOperation_mapSave_mapsItThroughMultiValue(AttributeOperation op) {
    var call =
        assertInstanceOf(
            UseCaseCall.SaveGroup.class,
            RequestMapper.map(
                    request(
                        OpenIamOperation.SAVE,
                        OpenIamObjectType.GROUP,
                        "Sales",
                        attr("members", op, "bob")))
                .call());

    assertEquals(
        Optional.of(
            new MultiValue(
                ValueOperation.valueOf(op.name()), List.of(RecipientIdentity.of("bob")))),
        call.command().settings().get(GroupParameter.MEMBERS, MultiValue.class));
  }

  @Test
  void givenMembersAddedAndDeletedInOneRequest_mapSave_addsThenRemovesSeparately() {
    OpenIamAttribute members =
        new OpenIamAttribute(
            "Members",
            AttributeOperation.NO_CHANGE,
            List.of(
                new OpenIamValue("bob", AttributeOperation.ADD),
                new OpenIamValue("carol", AttributeOperation.DELETE)));

    var call =
        assertInstanceOf(
            UseCaseCall.SaveGroup.class,
            RequestMapper.map(
                    request(OpenIamOperation.SAVE, OpenIamObjectType.GROUP, "Sales", members))
                .call());

    assertEquals(
        Optional.of(new MultiValue(ValueOperation.ADD, List.of(RecipientIdentity.of("bob")))),
        call.command().settings().get(GroupParameter.MEMBERS, MultiValue.class));
    assertEquals(List.of(RecipientIdentity.of("carol")), call.command().memberRemovals());
  }

  @Test
  void givenKeptAddedAndDeletedValues_mapSave_replacesWithTheKeptAndAddedOnes() {
    OpenIamAttribute managers =
        new OpenIamAttribute(
            "ManagedBy",
            AttributeOperation.NO_CHANGE,
            List.of(
                new OpenIamValue("alice", AttributeOperation.NO_CHANGE),
                new OpenIamValue("bob", AttributeOperation.ADD),
                new OpenIamValue("carol", AttributeOperation.DELETE)));

    var call =
        assertInstanceOf(
            UseCaseCall.SaveGroup.class,
            RequestMapper.map(
                    request(OpenIamOperation.SAVE, OpenIamObjectType.GROUP, "Sales", managers))
                .call());

    assertEquals(
        Optional.of(
            MultiValue.replace(
                List.of(RecipientIdentity.of("alice"), RecipientIdentity.of("bob")))),
        call.command().settings().get(GroupParameter.MANAGED_BY, MultiValue.class));
  }

  @Test
  void givenManagersAddedAndDeletedWithoutTheKeptOnes_mapSave_isAViolation() {
    OpenIamAttribute managers =
        new OpenIamAttribute(
            "managedby",
            AttributeOperation.NO_CHANGE,
            List.of(
                new OpenIamValue("bob", AttributeOperation.ADD),
                new OpenIamValue("carol", AttributeOperation.DELETE)));

    assertEquals(
        List.of(
            "ManagedBy: cannot ADD and DELETE values in one request; send the full list (REPLACE,"
                + " or the kept values with NO_CHANGE)"),
        violations(request(OpenIamOperation.SAVE, OpenIamObjectType.GROUP, "Sales", managers)));
  }

  @Test
  void givenGroupDelete_map_callsDeleteDistributionGroup() {
    var call =
        assertInstanceOf(
            UseCaseCall.DeleteGroup.class,
            RequestMapper.map(request(OpenIamOperation.DELETE, OpenIamObjectType.GROUP, "Sales"))
                .call());

    assertEquals(RecipientIdentity.of("Sales"), call.command().identity());
  }

  @ParameterizedTest
  @EnumSource(
      value = OpenIamOperation.class,
      names = {"SUSPEND", "RESUME", "RESET_PASSWORD"})
  void givenAnOperationGroupsDoNotHave_map_failsAsUnsupported(OpenIamOperation op) {
    OpenIamRequestException e =
        assertThrows(
            OpenIamRequestException.class,
            () -> RequestMapper.map(request(op, OpenIamObjectType.GROUP, "Sales")));

    assertEquals(OpenIamErrorCode.UNSUPPORTED_OPERATION, e.errorCode());
    assertTrue(e.getMessage().startsWith(op + " is not supported for GROUP"), e.getMessage());
  }

  @Test
  void givenTest_map_testsTheConnectionOfTheScopeWithoutIdentity() {
    var call =
        assertInstanceOf(
            UseCaseCall.TestConnection.class,
            RequestMapper.map(
                    request(
                        OpenIamOperation.TEST,
                        null,
                        null,
                        attr("ConnectorModeSettings", "{\"connectorScope\":\"online\"}")))
                .call());

    assertEquals(Scope.ONLINE, call.scope());
  }

  @Test
  void givenASearchString_mapSearch_guardsItAndKeepsTheRequestedAttributes() {
    OpenIamRequest base = request(OpenIamOperation.SEARCH, OpenIamObjectType.USER, null);
    OpenIamRequest r =
        new OpenIamRequest(
            base.requestId(),
            base.operation(),
            base.objectType(),
            Optional.empty(),
            OpenIamMetaData.EMPTY,
            List.of(),
            Optional.of("Get-Mailbox -ResultSize 10 | Select-Object DisplayName"),
            List.of("DisplayName", "Foo"),
            false);

    var call = assertInstanceOf(UseCaseCall.Search.class, RequestMapper.map(r).call());

    assertEquals(Scope.PREMISE, call.query().scope());
    assertEquals(
        new SearchQuery(
            "Get-Mailbox", Optional.empty(), List.of("DisplayName"), OptionalInt.of(10)),
        call.query().query());
    assertEquals(List.of("DisplayName", "Foo"), call.requestedAttributes());
  }

  @Test
  void givenNoSearchString_mapSearch_listsMailboxesOrGroupsByObjectType() {
    var users =
        assertInstanceOf(
            UseCaseCall.Search.class,
            RequestMapper.map(request(OpenIamOperation.SEARCH, OpenIamObjectType.USER, null))
                .call());
    var groups =
        assertInstanceOf(
            UseCaseCall.Search.class,
            RequestMapper.map(request(OpenIamOperation.SEARCH, OpenIamObjectType.GROUP, null))
                .call());

    assertEquals(SearchQuery.all("Get-Mailbox"), users.query().query());
    assertEquals(SearchQuery.all("Get-DistributionGroup"), groups.query().query());
  }

  @Test
  void givenALoginWithItsDomain_map_exposesTheTypedManagedSystem() {
    MappedRequest mapped =
        RequestMapper.map(
            withMeta(
                request(OpenIamOperation.TEST, null, null),
                Map.of("login", "CONTOSO\\svc-exchange", "URL", "ex01.contoso.com"),
                false));

    ManagedSystem m = mapped.managedSystem();
    assertEquals(Optional.of("ex01.contoso.com"), m.url());
    assertEquals(
        Optional.of(new ManagedSystem.ServiceAccount(Optional.of("CONTOSO"), "svc-exchange")),
        m.serviceAccount());
    assertEquals("CONTOSO\\svc-exchange", m.serviceAccount().orElseThrow().login());
    assertEquals(Optional.empty(), m.appAuthentication());
    var config = m.toBackendConfig();
    assertEquals(Optional.of("CONTOSO"), config.setting("domain"));
    assertEquals(Optional.of("ex01.contoso.com"), config.setting("URL"));
    assertEquals("S3cret!pw", config.secret("password").orElseThrow().reveal());
    assertFalse(config.toString().contains("S3cret!pw"));
    assertFalse(m.toString().contains("S3cret!pw"));
  }

  @Test
  void givenALoginWithADoubledBackslash_map_readsDomainAndUser() {
    MappedRequest mapped =
        RequestMapper.map(
            withMeta(
                request(OpenIamOperation.TEST, null, null),
                Map.of("login", "CONTOSO\\\\svc-exchange"),
                false));

    assertEquals(
        Optional.of(new ManagedSystem.ServiceAccount(Optional.of("CONTOSO"), "svc-exchange")),
        mapped.managedSystem().serviceAccount());
  }

  @Test
  void givenAMalformedLogin_map_rejectsTheManagedSystem() {
    for (String login : List.of("\\svc", "CONTOSO\\", "A\\B\\C")) {
      OpenIamRequestException e =
          assertThrows(
              OpenIamRequestException.class,
              () ->
                  RequestMapper.map(
                      withMeta(
                          request(OpenIamOperation.TEST, null, null),
                          Map.of("login", login),
                          false)),
              login);
      assertEquals(OpenIamErrorCode.INVALID_CONFIGURATION, e.errorCode());
      assertEquals(
          "managed system: login must have the form DOMAIN\\user but was '" + login + "'",
          e.getMessage());
    }
  }

  @Test
  void givenALoginWithoutDomainOnPremises_map_rejectsTheManagedSystem() {
    OpenIamRequestException e =
        assertThrows(
            OpenIamRequestException.class,
            () ->
                RequestMapper.map(
                    withMeta(
                        request(OpenIamOperation.TEST, null, null),
                        Map.of("login", "svc-exchange"),
                        false)));

    assertEquals(OpenIamErrorCode.INVALID_CONFIGURATION, e.errorCode());
    assertEquals(
        "managed system: login must include the domain (DOMAIN\\user, e.g. CONTOSO\\svc-exchange)"
            + " for premise scope but was 'svc-exchange'",
        e.getMessage());
  }

  @Test
  void givenAUserAttributeNamedLogin_map_doesNotTakeItForTheServiceAccount() {
    MappedRequest mapped =
        RequestMapper.map(
            request(OpenIamOperation.SAVE, OpenIamObjectType.USER, "jdoe", attr("Login", "jdoe")));

    assertEquals(Optional.empty(), mapped.managedSystem().serviceAccount());
    assertEquals(
        List.of(new Warning("Login", "ignored: not a mailbox parameter")), mapped.warnings());
  }

  @Test
  void givenOnlineScopeAndAnIdentityThatIsNoUpn_mapResetPassword_isAViolation() {
    assertEquals(
        List.of(
            "identityName: must be the cloud user's UserPrincipalName (user@domain) in online scope"),
        violations(
            request(
                OpenIamOperation.RESET_PASSWORD,
                OpenIamObjectType.USER,
                "jdoe",
                attr("ConnectorModeSettings", ONLINE_CREATE),
                attr("Password", "pw"))));
  }

  @Test
  void givenALoginWithoutDomainOnline_map_acceptsIt() {
    MappedRequest mapped =
        RequestMapper.map(
            withMeta(
                request(
                    OpenIamOperation.TEST,
                    null,
                    null,
                    attr("ConnectorModeSettings", "{\"connectorScope\":\"online\"}")),
                Map.of("login", "admin@contoso.onmicrosoft.com"),
                false));

    assertEquals(
        "admin@contoso.onmicrosoft.com",
        mapped.managedSystem().serviceAccount().orElseThrow().login());
  }

  @Test
  void givenAppAuthWithOrganizationAndThumbprintAttributes_map_usesAppOnlyAuthentication() {
    MappedRequest mapped =
        RequestMapper.map(
            withMeta(
                request(
                    OpenIamOperation.TEST,
                    null,
                    null,
                    attr("ConnectorModeSettings", "{\"connectorScope\":\"online\"}"),
                    attr("Organization", "contoso.onmicrosoft.com"),
                    attr("certificatethumbprint", "A1B2C3")),
                Map.of("login", "00000000-1111-2222-3333-444444444444", "AppAuth", "True"),
                false));

    assertEquals(
        Optional.of(
            new ManagedSystem.AppAuthentication(
                "00000000-1111-2222-3333-444444444444", "contoso.onmicrosoft.com", "A1B2C3")),
        mapped.managedSystem().appAuthentication());
    assertEquals(Optional.empty(), mapped.managedSystem().serviceAccount());
    assertEquals(Optional.of("true"), mapped.managedSystem().toBackendConfig().setting("appAuth"));
  }

  @Test
  void givenAppAuthOnPremisesWithoutItsSettings_map_listsEveryProblem() {
    OpenIamRequestException e =
        assertThrows(
            OpenIamRequestException.class,
            () ->
                RequestMapper.map(
                    withMeta(
                        request(OpenIamOperation.TEST, null, null),
                        Map.of("AppAuth", "true"),
                        false)));

    assertEquals(OpenIamErrorCode.INVALID_CONFIGURATION, e.errorCode());
    assertEquals(4, e.messages().size(), e.messages().toString());
    assertTrue(
        e.messages().get(0).contains("needs connectorScope online"), e.messages().toString());
  }

  @Test
  void givenEveryOperationAndObjectType_map_eitherMapsOrSaysWhyNot() {
    List<String> outcomes = new ArrayList<>();
    for (OpenIamOperation op : OpenIamOperation.values()) {
      for (OpenIamObjectType type : OpenIamObjectType.values()) {
        OpenIamRequest r =
            request(op, type, "jdoe@contoso.com", attr("Name", "John"), attr("Password", "pw"));
        try {
          outcomes.add(
              op + " " + type + " -> " + RequestMapper.map(r).call().getClass().getSimpleName());
        } catch (OpenIamRequestException e) {
          outcomes.add(op + " " + type + " -> " + e.errorCode().wireName());
        }
      }
    }

    assertEquals(
        Arrays.asList(
            "SAVE USER -> ProvisionMailbox",
            "SAVE GROUP -> SaveGroup",
            "DELETE USER -> RemoveMailbox",
            "DELETE GROUP -> DeleteGroup",
            "SUSPEND USER -> LockMailbox",
            "SUSPEND GROUP -> unsupportedOperation",
            "RESUME USER -> UnlockMailbox",
            "RESUME GROUP -> unsupportedOperation",
            "SEARCH USER -> Search",
            "SEARCH GROUP -> Search",
            "TEST USER -> TestConnection",
            "TEST GROUP -> TestConnection",
            "RESET_PASSWORD USER -> ResetPassword",
            "RESET_PASSWORD GROUP -> unsupportedOperation"),
        outcomes);
  }
}
