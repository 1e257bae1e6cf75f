package io.exchangekit.emulator.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GraphEmulatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLIENT = "11111111-2222-3333-4444-555555555555";
  private static final String SECRET = "emulator-test-secret";

  private static GraphEmulator emulator;
  private static HttpClient http;
  private String token;

  record Reply(int status, JsonNode body, HttpResponse<String> raw) {}

  @BeforeAll
  static void start() {
    emulator = GraphEmulator.start().registerApplication(CLIENT, SECRET);
    http = HttpClient.newBuilder().sslContext(emulator.clientSslContext()).build();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void acquireToken() throws Exception {
    emulator.clearFaults();
    Reply r = tokenRequest(SECRET, "https://graph.microsoft.com/.default openid profile");
    assertEquals(200, r.status());
    token = r.body().get("access_token").asText();
  }

  private Reply tokenRequest(String secret, String scope) throws Exception {
    String form =
        "grant_type=client_credentials&client_id="
            + CLIENT
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8)
            + "&scope="
            + URLEncoder.encode(scope, StandardCharsets.UTF_8);
    return send(
        HttpRequest.newBuilder(emulator.tokenEndpoint())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private Reply call(String method, String path, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(emulator.graphBaseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("client-request-id", "c0ffee00-0000-4000-8000-000000000001");
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return send(b);
  }

  private static Reply send(HttpRequest.Builder b) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode body = r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
    return new Reply(r.statusCode(), body, r);
  }

  private static String newUser(String upn, String usageLocation) {
    return "{\"@odata.type\":\"#microsoft.graph.user\",\"accountEnabled\":true,"
        + "\"displayName\":\"Test User\",\"mailNickname\":\"test\","
        + "\"passwordProfile\":{\"forceChangePasswordNextSignIn\":true,\"password\":\"xWwvJ]6NMw+bWH-d\"},"
        + (usageLocation == null ? "" : "\"usageLocation\":\"" + usageLocation + "\",")
        + "\"userPrincipalName\":\""
        + upn
        + "\"}";
  }

  private static String assign(String skuId, String disabled, String remove) {
    return "{\"addLicenses\":[{\"disabledPlans\":["
        + disabled
        + "],\"skuId\":\""
        + skuId
        + "\"}],\"removeLicenses\":["
        + remove
        + "]}";
  }

  @Test
  void givenWrongSecret_tokenRequest_isRejectedWithInvalidClient() throws Exception {
    Reply r = tokenRequest("wrong", "https://graph.microsoft.com/.default");
    assertEquals(401, r.status());
    assertEquals("invalid_client", r.body().get("error").asText());
    assertFalse(r.raw().body().contains("wrong"));
  }

  @Test
  void givenNoToken_getUser_answers401InvalidAuthenticationToken() throws Exception {
    Reply r =
        send(
            HttpRequest.newBuilder(
                URI.create(emulator.graphBaseUrl() + "/users/" + ContosoTenant.CAROL)));
    assertEquals(401, r.status());
    assertEquals("InvalidAuthenticationToken", r.body().at("/error/code").asText());
  }

  @Test
  void givenCarol_getByEncodedUpnWithSelect_returnsOnlySelectedProperties() throws Exception {
    Reply r =
        call(
            "GET",
            "/users/carol%40contoso.onmicrosoft.com?$select=id,usageLocation,accountEnabled,assignedLicenses",
            null);
    assertEquals(200, r.status());
    assertTrue(r.body().get("accountEnabled").asBoolean());
    assertTrue(r.body().get("usageLocation").isNull());
    assertEquals(0, r.body().get("assignedLicenses").size());
    assertFalse(r.body().has("displayName"));
    assertTrue(
        r.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  @Test
  void givenUnknownUser_get_answersResourceNotFoundWithRequestIds() throws Exception {
    Reply r = call("GET", "/users/nobody%40contoso.onmicrosoft.com", null);
    assertEquals(404, r.status());
    assertEquals("Request_ResourceNotFound", r.body().at("/error/code").asText());
    assertEquals(
        "c0ffee00-0000-4000-8000-000000000001",
        r.body().at("/error/innerError/client-request-id").asText());
    assertFalse(r.body().at("/error/innerError/request-id").asText().isEmpty());
  }

  @Test
  void givenNewUser_createTwice_secondAnswersObjectConflict() throws Exception {
    Reply first = call("POST", "/users", newUser("dup@contoso.com", "US"));
    assertEquals(201, first.status());
    assertFalse(first.body().has("usageLocation"));
    Reply second = call("POST", "/users", newUser("dup@contoso.com", "US"));
    assertEquals(400, second.status());
    assertEquals("ObjectConflict", second.body().at("/error/details/0/code").asText());
    assertTrue(emulator.passwordMatches("dup@contoso.com", "xWwvJ]6NMw+bWH-d"));
  }

  @Test
  void givenUnverifiedDomain_create_isRejected() throws Exception {
    Reply r = call("POST", "/users", newUser("eve@fabrikam.com", "US"));
    assertEquals(400, r.status());
    assertTrue(r.body().at("/error/message").asText().contains("verified domain"));
  }

  @Test
  void givenUserWithoutUsageLocation_assignLicense_answersInvalidUsageLocation() throws Exception {
    call("POST", "/users", newUser("noloc@contoso.com", null));
    Reply r =
        call(
            "POST",
            "/users/noloc%40contoso.com/assignLicense",
            assign(ContosoTenant.ENTERPRISEPACK_ID.toString(), "", ""));
    assertEquals(400, r.status());
    assertEquals(
        "License assignment cannot be done for user with invalid usage location.",
        r.body().at("/error/message").asText());
  }

  @Test
  void givenBodyWithoutRemoveLicenses_assignLicense_answersMissingParameters() throws Exception {
    call("POST", "/users", newUser("missing@contoso.com", "US"));
    Reply r =
        call(
            "POST",
            "/users/missing@contoso.com/assignLicense",
            "{\"addLicenses\":[{\"disabledPlans\":[],\"skuId\":\""
                + ContosoTenant.ENTERPRISEPACK_ID
                + "\"}]}");
    assertEquals(400, r.status());
    assertTrue(r.body().at("/error/message").asText().endsWith("are: removeLicenses."));
  }

  @Test
  void givenInvalidAssignments_assignLicense_rejectsEachWithGraphsMessage() throws Exception {
    call("POST", "/users", newUser("strict@contoso.com", "US"));
    String path = "/users/strict@contoso.com/assignLicense";
    List<String> messages = new ArrayList<>();
    messages.add(
        call("POST", path, assign("c7df2760-2c81-4ef7-b578-5b5392b571df", "", ""))
            .body()
            .at("/error/message")
            .asText());
    messages.add(
        call(
                "POST",
                path,
                assign(
                    ContosoTenant.POWER_BI_STANDARD_ID.toString(),
                    "\"" + ContosoTenant.SWAY + "\"",
                    ""))
            .body()
            .at("/error/message")
            .asText());
    messages.add(
        call(
                "POST",
                "/users/strict@contoso.com/assignLicense",
                "{\"addLicenses\":[],\"removeLicenses\":[\""
                    + ContosoTenant.ENTERPRISEPACK_ID
                    + "\"]}")
            .body()
            .at("/error/message")
            .asText());
    messages.add(
        call("POST", path, assign("not-a-guid", "", "")).body().at("/error/message").asText());
    assertTrue(messages.get(0).contains("does not correspond to a valid company License"));
    assertTrue(messages.get(1).contains(ContosoTenant.SWAY.toString()));
    assertEquals("User does not have a corresponding license.", messages.get(2));
    assertTrue(messages.get(3).contains("Edm.Guid"));
    assertTrue(emulator.user("strict@contoso.com").orElseThrow().licences().isEmpty());
  }

  @Test
  void givenNoFreeSeat_assignLicense_answersNoAvailableLicenses() throws Exception {
    call("POST", "/users", newUser("seat@contoso.com", "US"));
    int consumed = emulator.consumedUnits(ContosoTenant.POWER_BI_STANDARD_ID);
    emulator.seats(ContosoTenant.POWER_BI_STANDARD_ID, consumed);
    try {
      Reply r =
          call(
              "POST",
              "/users/seat@contoso.com/assignLicense",
              assign(ContosoTenant.POWER_BI_STANDARD_ID.toString(), "", ""));
      assertEquals(400, r.status());
      assertTrue(
          r.body().at("/error/message").asText().contains("does not have any available licenses"));
    } finally {
      emulator.seats(ContosoTenant.POWER_BI_STANDARD_ID, ContosoTenant.POWER_BI_STANDARD_SEATS);
    }
  }

  @Test
  void givenE3WithSwayDisabled_licenseDetails_showsSwayDisabledAndListenerSeesExchange()
      throws Exception {
    List<String> events = new ArrayList<>();
    emulator.onLicenceChange((upn, name, exchange) -> events.add(upn + "|" + exchange));
    call("POST", "/users", newUser("lic@contoso.com", "GB"));
    int before = emulator.consumedUnits(ContosoTenant.ENTERPRISEPACK_ID);
    Reply r =
        call(
            "POST",
            "/users/lic@contoso.com/assignLicense",
            assign(
                ContosoTenant.ENTERPRISEPACK_ID.toString(), "\"" + ContosoTenant.SWAY + "\"", ""));
    assertEquals(200, r.status());
    assertEquals(before + 1, emulator.consumedUnits(ContosoTenant.ENTERPRISEPACK_ID));
    Reply details = call("GET", "/users/lic@contoso.com/licenseDetails", null);
    JsonNode plans = details.body().at("/value/0/servicePlans");
    String swayStatus = "";
    for (JsonNode p : plans) {
      if (p.get("servicePlanName").asText().equals("SWAY")) {
        swayStatus = p.get("provisioningStatus").asText();
      }
    }
    assertEquals("Disabled", swayStatus);
    assertTrue(events.contains("lic@contoso.com|true"));
    Reply skus = call("GET", "/subscribedSkus", null);
    assertEquals(2, skus.body().get("value").size());
    Reply removed =
        call(
            "POST",
            "/users/lic@contoso.com/assignLicense",
            "{\"addLicenses\":[],\"removeLicenses\":[\""
                + ContosoTenant.ENTERPRISEPACK_ID
                + "\"]}");
    assertEquals(200, removed.status());
    assertTrue(events.contains("lic@contoso.com|false"));
  }

  @Test
  void givenNextTwoCallsFail_anyCall_answers503Then429WithPositiveRetryAfter() throws Exception {
    emulator.failNext(1, 503).failNext(1, 429);
    Reply first = call("GET", "/subscribedSkus", null);
    Reply second = call("GET", "/subscribedSkus", null);
    Reply third = call("GET", "/subscribedSkus", null);
    assertEquals(503, first.status());
    assertEquals(429, second.status());
    assertEquals("TooManyRequests", second.body().at("/error/code").asText());
    assertEquals(200, third.status());
    double retryAfter =
        Double.parseDouble(second.raw().headers().firstValue("Retry-After").orElse("0"));
    assertTrue(retryAfter > 0);
  }

  @Test
  void givenHalfOfWritesThrottled_manyPatches_someAre429AndReadsAreNot() throws Exception {
    emulator.throttleWrites(0.5, 42);
    int throttled = 0;
    for (int i = 0; i < 20; i++) {
      Reply r = call("PATCH", "/users/" + ContosoTenant.CAROL, "{\"accountEnabled\":true}");
      assertTrue(r.status() == 204 || r.status() == 429);
      throttled += r.status() == 429 ? 1 : 0;
      assertEquals(200, call("GET", "/users/" + ContosoTenant.CAROL, null).status());
    }
    assertNotEquals(0, throttled);
    assertNotEquals(20, throttled);
  }

  @Test
  void givenUser_patchRevokeAndDelete_changeStateAndCountRoutes() throws Exception {
    call("POST", "/users", newUser("gone@contoso.com", "US"));
    assertEquals(
        204,
        call(
                "PATCH",
                "/users/gone@contoso.com",
                "{\"accountEnabled\":false,\"usageLocation\":\"FR\"}")
            .status());
    assertEquals(
        400, call("PATCH", "/users/gone@contoso.com", "{\"usageLocation\":\"UK\"}").status());
    assertEquals(200, call("POST", "/users/gone@contoso.com/revokeSignInSessions", null).status());
    EmulatedUser u = emulator.user("gone@contoso.com").orElseThrow();
    assertFalse(u.accountEnabled());
    assertEquals("FR", u.usageLocation().orElseThrow());
    assertEquals(1, u.sessionRevocations());
    assertEquals(204, call("DELETE", "/users/gone@contoso.com", null).status());
    assertEquals(404, call("DELETE", "/users/gone@contoso.com", null).status());
    assertTrue(emulator.requests("DELETE /users/{id}") >= 2);
    assertTrue(emulator.tokensIssued() >= 1);
  }

  @Test
  void givenUsers_listAndUnknownSelect_answerValueAndPropertyError() throws Exception {
    Reply list = call("GET", "/users?$select=id,userPrincipalName", null);
    assertEquals(200, list.status());
    assertTrue(list.body().get("value").size() >= 1);
    assertFalse(list.body().at("/value/0").has("displayName"));
    Reply bad = call("GET", "/users/" + ContosoTenant.CAROL + "?$select=shoeSize", null);
    assertEquals(400, bad.status());
    assertTrue(bad.body().at("/error/message").asText().contains("shoeSize"));
    Reply filter = call("GET", "/users?$filter=startswith(displayName,'C')", null);
    assertEquals(400, filter.status());
  }

  @Test
  void givenWritesThrottledWith503_patch_answers503WithRetryAfter() throws Exception {
    emulator.throttleWrites(1.0, 1, 503);
    Reply r = call("PATCH", "/users/" + ContosoTenant.CAROL, "{\"accountEnabled\":true}");
    assertEquals(503, r.status());
    assertEquals("serviceNotAvailable", r.body().at("/error/code").asText());
    assertTrue(r.raw().headers().firstValue("Retry-After").isPresent());
  }

  @Test
  void givenALostResponse_write_isCarriedOutButAnswered503() throws Exception {
    call("POST", "/users", newUser("lostpatch@contoso.com", "US"));
    emulator.loseNextResponses(1);
    assertEquals(200, call("GET", "/users/lostpatch@contoso.com", null).status());
    Reply r = call("PATCH", "/users/lostpatch@contoso.com", "{\"usageLocation\":\"NO\"}");
    assertEquals(503, r.status());
    assertEquals(
        "NO", emulator.user("lostpatch@contoso.com").orElseThrow().usageLocation().orElseThrow());
  }

  @Test
  void givenSavedStateFile_loadState_restoresIt(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("tenant.json");
    emulator.saveState(file);
    try (GraphEmulator other = GraphEmulator.start()) {
      other.loadState(file);
      assertEquals(emulator.exportState(), other.exportState());
    }
  }

  @Test
  void givenExportedState_importIntoFreshEmulator_restoresUsersAndLicences() throws Exception {
    call("POST", "/users", newUser("saved@contoso.com", "US"));
    call(
        "POST",
        "/users/saved@contoso.com/assignLicense",
        assign(
            ContosoTenant.POWER_BI_STANDARD_ID.toString(),
            "\"" + ContosoTenant.BI_AZURE_P0 + "\"",
            ""));
    String state = emulator.exportState();
    assertFalse(state.contains("xWwvJ]6NMw+bWH-d"));
    try (GraphEmulator other = GraphEmulator.start()) {
      other.importState(state);
      EmulatedUser u = other.user("saved@contoso.com").orElseThrow();
      assertEquals(
          java.util.Set.of(ContosoTenant.BI_AZURE_P0),
          u.licences().get(ContosoTenant.POWER_BI_STANDARD_ID));
      assertEquals(state, other.exportState());
    }
  }
}
