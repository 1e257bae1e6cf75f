package io.exchangekit.adapter.openiam.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.openiam.model.AttributeOperation;
import io.exchangekit.adapter.openiam.model.OpenIamAttribute;
import io.exchangekit.adapter.openiam.model.OpenIamErrorCode;
import io.exchangekit.adapter.openiam.model.OpenIamMetaData;
import io.exchangekit.adapter.openiam.model.OpenIamObject;
import io.exchangekit.adapter.openiam.model.OpenIamObjectType;
import io.exchangekit.adapter.openiam.model.OpenIamOperation;
import io.exchangekit.adapter.openiam.model.OpenIamRequest;
import io.exchangekit.adapter.openiam.model.OpenIamRequestException;
import io.exchangekit.adapter.openiam.model.OpenIamResponse;
import io.exchangekit.adapter.openiam.model.OpenIamStatus;
import io.exchangekit.adapter.openiam.model.OpenIamValue;
import io.exchangekit.core.recipient.Secret;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenIamWireCodecTest {
  static final String EXAMPLE =
      """
      {"requestId":"r1","operation":"SAVE","objectType":"USER","identityName":"jdoe@contoso.com",
       "metaData":{"login":"CONTOSO\\\\svc-exchange","password":"S3cret!pw","url":"ex01.contoso.com"},
       "attributes":[{"name":"ConnectorModeSettings","values":["{\\"connectorScope\\":\\"premise\\",\\"newUserBehavior\\":\\"create\\"}"]},
                     {"name":"Name","values":["John Doe"]},
                     {"name":"ModeratedBy","values":["alice"],"operation":"ADD"}],
       "searchQuery":"Get-Mailbox | Select-Object","requestedAttributes":["DisplayName","PrimarySmtpAddress"]}
      """;

  private final OpenIamWireCodec codec = new OpenIamWireCodec();

  @Test
  void givenTheDocumentedExample_decode_readsEveryField() {
    OpenIamRequest r = codec.decodeRequest(EXAMPLE);

    assertEquals(Optional.of("r1"), r.requestId());
    assertEquals(OpenIamOperation.SAVE, r.operation());
    assertEquals(Optional.of(OpenIamObjectType.USER), r.objectType());
    assertEquals(Optional.of("jdoe@contoso.com"), r.identityName());
    assertEquals(Optional.of("CONTOSO\\svc-exchange"), r.metaData().value("LOGIN"));
    assertEquals(Optional.of("ex01.contoso.com"), r.metaData().value("url"));
    assertEquals("S3cret!pw", r.metaData().password().orElseThrow().reveal());
    assertEquals(3, r.attributes().size());
    assertEquals(
        "{\"connectorScope\":\"premise\",\"newUserBehavior\":\"create\"}",
        r.attributes("connectormodesettings").get(0).texts().get(0));
    OpenIamAttribute moderatedBy = r.attributes("ModeratedBy").get(0);
    assertEquals(AttributeOperation.ADD, moderatedBy.operation());
    assertEquals(List.of(new OpenIamValue("alice", AttributeOperation.ADD)), moderatedBy.values());
    assertEquals(Optional.of("Get-Mailbox | Select-Object"), r.searchQuery());
    assertEquals(List.of("DisplayName", "PrimarySmtpAddress"), r.requestedAttributes());
    assertFalse(r.dryRun());
  }

  @Test
  void givenFieldNamesInOtherCase_decode_matchesThemIgnoringCase() {
    OpenIamRequest r =
        codec.decodeRequest(
            "{\"REQUESTID\":\"r2\",\"Operation\":\"delete\",\"objecttype\":\"group\","
                + "\"IdentityName\":\"Sales\",\"DryRun\":true}");

    assertEquals(Optional.of("r2"), r.requestId());
    assertEquals(OpenIamOperation.DELETE, r.operation());
    assertEquals(Optional.of(OpenIamObjectType.GROUP), r.objectType());
    assertTrue(r.dryRun());
  }

  @Test
  void givenPerValueAndIntegerOperations_decode_keepsEachValuesOperation() {
    OpenIamRequest r =
        codec.decodeRequest(
            "{\"operation\":\"SAVE\",\"objectType\":\"GROUP\",\"identityName\":\"Sales\","
                + "\"attributes\":[{\"name\":\"Members\",\"operation\":2,\"values\":["
                + "\"kept\",{\"value\":\"new\",\"operation\":\"ADD\"},{\"value\":\"gone\",\"operation\":3}]},"
                + "{\"name\":\"Alias\",\"value\":\"sales\",\"operation\":-1}]}");

    OpenIamAttribute members = r.attributes().get(0);
    assertEquals(AttributeOperation.REPLACE, members.operation());
    assertEquals(
        List.of(
            new OpenIamValue("kept", AttributeOperation.REPLACE),
            new OpenIamValue("new", AttributeOperation.ADD),
            new OpenIamValue("gone", AttributeOperation.DELETE)),
        members.values());
    OpenIamAttribute alias = r.attributes().get(1);
    assertEquals(AttributeOperation.NO_CHANGE, alias.operation());
    assertEquals(List.of("sales"), alias.texts());
  }

  @Test
  void givenOpenIam3Names_decode_mapsAddAndModifyToSave() {
    assertEquals(
        OpenIamOperation.SAVE,
        codec.decodeRequest("{\"operation\":\"ADD\",\"objectType\":\"USER\"}").operation());
    assertEquals(
        OpenIamOperation.SAVE,
        codec.decodeRequest("{\"operation\":\"modify\",\"objectType\":\"USER\"}").operation());
  }

  @Test
  void givenInvalidJsonContainingAPassword_decode_failsWithoutEchoingIt() {
    OpenIamRequestException e =
        assertThrows(
            OpenIamRequestException.class,
            () ->
                codec.decodeRequest(
                    "{\"requestId\":\"r3\",\"metaData\":{\"password\":Hunter2Secret}}"));

    assertEquals(OpenIamErrorCode.MALFORMED_REQUEST, e.errorCode());
    assertTrue(
        e.getMessage().startsWith("request is not valid JSON (line 1, column"), e.getMessage());
    assertFalse(e.getMessage().contains("Hunter2Secret"), e.getMessage());
  }

  @Test
  void givenAWrongFieldType_decode_namesTheFieldAndKeepsTheRequestId() {
    OpenIamRequestException e =
        assertThrows(
            OpenIamRequestException.class,
            () ->
                codec.decodeRequest(
                    "{\"requestId\":\"r4\",\"operation\":\"SAVE\",\"attributes\":[{\"name\":\"Alias\","
                        + "\"values\":[[\"x\"]]}]}"));

    assertEquals(OpenIamErrorCode.MALFORMED_REQUEST, e.errorCode());
    assertEquals(Optional.of("r4"), e.requestId());
    assertTrue(e.getMessage().contains("attributes[0].values[0] (Alias)"), e.getMessage());
  }

  @Test
  void givenAnUnknownOperation_decode_listsTheAllowedOnes() {
    OpenIamRequestException e =
        assertThrows(
            OpenIamRequestException.class,
            () -> codec.decodeRequest("{\"requestId\":\"r5\",\"operation\":\"LOGIN\"}"));

    assertEquals(OpenIamErrorCode.UNSUPPORTED_OPERATION, e.errorCode());
    assertEquals(
        "operation must be one of SAVE, DELETE, SUSPEND, RESUME, SEARCH, TEST, RESET_PASSWORD but"
            + " was 'LOGIN'",
        e.getMessage());
    assertEquals(Optional.of("r5"), e.requestId());
  }

  @Test
  void givenAnUnknownObjectType_decode_failsNamingUserAndGroup() {
    OpenIamRequestException e =
        assertThrows(
            OpenIamRequestException.class,
            () -> codec.decodeRequest("{\"operation\":\"SAVE\",\"objectType\":\"ROLE\"}"));

    assertEquals(OpenIamErrorCode.MALFORMED_REQUEST, e.errorCode());
    assertEquals("objectType must be one of USER, GROUP but was 'ROLE'", e.getMessage());
  }

  @Test
  void givenBadShapes_decode_failsWithPreciseMessages() {
    assertEquals("request is empty", message(""));
    assertEquals("request must be a JSON object", message("[1,2]"));
    assertTrue(message("{\"operation\":\"TEST\"} {}").startsWith("request is not valid JSON"));
    assertTrue(
        message("{\"operation\":\"TEST\",\"operation\":\"SAVE\"}")
            .startsWith("request is not valid JSON"));
    assertEquals(
        "operation is required; it must be one of SAVE, DELETE, SUSPEND, RESUME, SEARCH, TEST,"
            + " RESET_PASSWORD",
        message("{\"objectType\":\"USER\"}"));
    assertEquals(
        "attributes[0].operation must be one of NO_CHANGE, ADD, REPLACE, DELETE (or 0 to 3) but"
            + " was 'MERGE'",
        message(
            "{\"operation\":\"SAVE\",\"attributes\":[{\"name\":\"Alias\",\"values\":[\"a\"],"
                + "\"operation\":\"MERGE\"}]}"));
    assertEquals(
        "attributes[0].name is required",
        message("{\"operation\":\"SAVE\",\"attributes\":[{\"values\":[\"a\"]}]}"));
    assertEquals(
        "metaData.password must not contain CR, LF or NUL characters",
        message("{\"operation\":\"TEST\",\"metaData\":{\"password\":\"a\\nb\"}}"));
  }

  @Test
  void givenARequest_encodeThenDecode_returnsAnEqualRequest() {
    OpenIamRequest request =
        new OpenIamRequest(
            Optional.of("r6"),
            OpenIamOperation.SAVE,
            Optional.of(OpenIamObjectType.GROUP),
            Optional.of("Sales"),
            new OpenIamMetaData(Map.of("login", "CONTOSO\\svc"), Optional.of(Secret.of("pw"))),
            List.of(
                OpenIamAttribute.of("Name", "Sales"),
                new OpenIamAttribute(
                    "Members",
                    AttributeOperation.NO_CHANGE,
                    List.of(
                        new OpenIamValue("a", AttributeOperation.ADD),
                        new OpenIamValue("b", AttributeOperation.NO_CHANGE)))),
            Optional.of("Get-DistributionGroup"),
            List.of("Name"),
            true);

    OpenIamRequest decoded = codec.decodeRequest(codec.encodeRequest(request));

    assertEquals(request, decoded);
  }

  @Test
  void givenAResponseWithAnAbsentAttribute_encode_writesNullAndTheDocumentedFields() {
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    attributes.put("DisplayName", List.of("John Doe"));
    attributes.put("Foo", null);
    OpenIamResponse response =
        new OpenIamResponse(
            Optional.of("r1"),
            OpenIamStatus.SUCCESS,
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Optional.empty(),
            false,
            false,
            List.of(new OpenIamObject("jdoe@contoso.com", attributes)));

    String json = codec.encodeResponse(response);

    assertTrue(
        json.startsWith(
            "{\"requestId\":\"r1\",\"status\":\"SUCCESS\",\"errorCode\":null,\"errorMessages\":[],"),
        json);
    assertTrue(
        json.endsWith(
            "\"objects\":[{\"identityName\":\"jdoe@contoso.com\",\"attributes\":"
                + "{\"DisplayName\":[\"John Doe\"],\"Foo\":null}}]}"),
        json);
    assertEquals(response, codec.decodeResponse(json));
  }

  @Test
  void givenAFailure_encode_writesTheErrorCodeInOpenIamSpelling() {
    String json =
        codec.encodeResponse(
            OpenIamResponse.failure(
                Optional.of("r7"), OpenIamErrorCode.NO_SUCH_OBJECT, List.of("no such mailbox")));

    assertTrue(json.contains("\"status\":\"FAILURE\",\"errorCode\":\"noSuchObject\""), json);
    assertEquals(
        OpenIamErrorCode.NO_SUCH_OBJECT, codec.decodeResponse(json).errorCode().orElseThrow());
  }

  private String message(String json) {
    return assertThrows(OpenIamRequestException.class, () -> codec.decodeRequest(json))
        .getMessage();
  }
}
