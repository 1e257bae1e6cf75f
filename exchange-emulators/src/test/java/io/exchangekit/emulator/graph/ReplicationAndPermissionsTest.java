package io.exchangekit.emulator.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replication lag, application permissions and the token endpoint's refusals, on the wire. */
class ReplicationAndPermissionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLIENT = "11111111-2222-3333-4444-555555555555";
  private static final String SECRET = "emulator-test-secret";

  private static GraphEmulator emulator;
  private static HttpClient http;

  record Reply(int status, JsonNode body, HttpResponse<String> raw) {}

  @BeforeAll
  static void start() {
    emulator = GraphEmulator.start();
    http = HttpClient.newBuilder().sslContext(emulator.clientSslContext()).build();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void reset() {
    emulator.registerApplication(CLIENT, SECRET).replicationWindow(Duration.ZERO).clearFaults();
  }

  private Reply token(String tenant, String clientId) throws Exception {
    String form =
        "grant_type=client_credentials&client_id="
            + clientId
            + "&client_secret="
            + URLEncoder.encode(SECRET, StandardCharsets.UTF_8)
            + "&scope="
            + URLEncoder.encode("https://graph.microsoft.com/.default", StandardCharsets.UTF_8);
    return send(
        HttpRequest.newBuilder(
                URI.create(
                    "https://127.0.0.1:" + emulator.port() + "/" + tenant + "/oauth2/v2.0/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private String accessToken() throws Exception {
    Reply r = token("contoso", CLIENT);
    assertEquals(200, r.status(), r.raw().body());
    return r.body().get("access_token").asText();
  }

  private Reply call(String token, String method, String path, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(emulator.graphBaseUrl() + path))
            .header("Authorization", "Bearer " + token);
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

  private Reply send(HttpRequest.Builder b) throws Exception {
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode body = r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
    return new Reply(r.statusCode(), body, r);
  }

  private static String newUser(String upn) {
    return "{\"accountEnabled\":true,\"displayName\":\"Adele Vance\",\"mailNickname\":\"adele\","
        + "\"passwordProfile\":{\"forceChangePasswordNextSignIn\":true,"
        + "\"password\":\"xWwvJ]6NMw+bWH-d\"},\"usageLocation\":\"US\","
        + "\"userPrincipalName\":\""
        + upn
        + "\"}";
  }

  private static void assertNotFound(Reply r, String key) {
    assertEquals(404, r.status(), r.raw().body());
    assertEquals("Request_ResourceNotFound", r.body().at("/error/code").asText());
    assertEquals(
        "Resource '"
            + key
            + "' does not exist or one of its queried reference-property objects are not present.",
        r.body().at("/error/message").asText());
  }

  private static boolean listed(Reply list, String upn) {
    for (JsonNode u : list.body().get("value")) {
      if (u.get("userPrincipalName").asText().equals(upn)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void givenAReplicationWindow_aUserJustCreated_isNotFoundAnywhereUntilTheWindowHasPassed()
      throws Exception {
    emulator.replicationWindow(Duration.ofSeconds(30));
    String token = accessToken();
    String adele = "adele@contoso.com";

    Reply created = call(token, "POST", "/users", newUser(adele));
    assertEquals(201, created.status(), created.raw().body());
    String id = created.body().get("id").asText();
    assertEquals(adele, created.body().get("userPrincipalName").asText());

    assertNotFound(call(token, "GET", "/users/" + adele, null), adele);
    assertNotFound(call(token, "GET", "/users/" + id, null), id);
    assertFalse(listed(call(token, "GET", "/users", null), adele));
    assertNotFound(call(token, "PATCH", "/users/" + id, "{\"usageLocation\":\"GB\"}"), id);
    assertNotFound(
        call(
            token,
            "POST",
            "/users/" + id + "/assignLicense",
            "{\"addLicenses\":[{\"disabledPlans\":[],\"skuId\":\""
                + ContosoTenant.ENTERPRISEPACK_ID
                + "\"}],\"removeLicenses\":[]}"),
        id);
    Reply again = call(token, "POST", "/users", newUser(adele));
    assertEquals(400, again.status(), "a repeated POST must not create a second user");
    assertEquals("ObjectConflict", again.body().at("/error/details/0/code").asText());
    assertTrue(emulator.user(adele).isPresent(), "the test view sees it at once");

    emulator.advanceClock(Duration.ofSeconds(30));

    assertEquals(200, call(token, "GET", "/users/" + adele, null).status());
    assertTrue(listed(call(token, "GET", "/users", null), adele));
    assertEquals(204, call(token, "PATCH", "/users/" + id, "{\"usageLocation\":\"GB\"}").status());
  }

  @Test
  void givenNoReplicationWindow_aUserJustCreated_isFoundAtOnce() throws Exception {
    String token = accessToken();
    String megan = "megan@contoso.com";
    assertEquals(201, call(token, "POST", "/users", newUser(megan)).status());
    assertEquals(200, call(token, "GET", "/users/" + megan, null).status());
  }

  @Test
  void givenAnApplicationWithoutAPermission_callsNeedingIt_answer403AuthorizationRequestDenied()
      throws Exception {
    emulator.registerApplication(CLIENT, SECRET, Set.of("User.Read.All"));
    String token = accessToken();
    String alex = "alex@contoso.com";

    assertEquals(200, call(token, "GET", "/users/" + ContosoTenant.CAROL, null).status());
    for (Reply denied :
        new Reply[] {
          call(token, "GET", "/subscribedSkus", null), call(token, "POST", "/users", newUser(alex))
        }) {
      assertEquals(403, denied.status(), denied.raw().body());
      assertEquals("Authorization_RequestDenied", denied.body().at("/error/code").asText());
      assertEquals(
          "Insufficient privileges to complete the operation.",
          denied.body().at("/error/message").asText());
    }
    assertTrue(emulator.user(alex).isEmpty());
  }

  @Test
  void givenAnUnknownTenant_tokenRequest_answersInvalidTenantAadsts90002() throws Exception {
    Reply r = token("fabrikam", CLIENT);
    assertEquals(400, r.status());
    assertEquals("invalid_tenant", r.body().get("error").asText());
    assertEquals(90002, r.body().get("error_codes").get(0).asInt());
    assertTrue(
        r.body()
            .get("error_description")
            .asText()
            .startsWith(
                "AADSTS90002: Tenant 'fabrikam' not found. Check to make sure you have the correct"
                    + " tenant ID and are signing into the correct cloud. Check with your"
                    + " subscription administrator, this may happen if there are no active"
                    + " subscriptions for the tenant.\r\nTrace ID: "));
    assertEquals(
        "https://login.microsoftonline.com/error?code=90002", r.body().get("error_uri").asText());
  }

  @Test
  void givenAnUnknownApplication_tokenRequest_answersUnauthorizedClientAadsts700016()
      throws Exception {
    Reply r = token("contoso", "99999999-0000-4000-8000-000000000000");
    assertEquals("unauthorized_client", r.body().get("error").asText());
    assertTrue(
        r.body()
            .get("error_description")
            .asText()
            .startsWith(
                "AADSTS700016: Application with identifier '99999999-0000-4000-8000-000000000000'"
                    + " was not found in the directory 'contoso'. This can happen if the"
                    + " application has not been installed by the administrator of the tenant"
                    + " or consented to by any user in the tenant. You may have sent your"
                    + " authentication request to the wrong tenant.\r\n"));
  }

  @Test
  void givenTokenFaults_tokenRequests_answer429Then503WithRetryAfterThenATokenAgain()
      throws Exception {
    emulator.retryAfter(Duration.ofSeconds(60)).failNextTokenRequests(1, 429);
    emulator.failNextTokenRequests(1, 503);

    Reply throttled = token("contoso", CLIENT);
    Reply busy = token("contoso", CLIENT);

    assertEquals(429, throttled.status());
    assertEquals("60", throttled.raw().headers().firstValue("Retry-After").orElseThrow());
    assertEquals(503, busy.status());
    assertEquals("temporarily_unavailable", busy.body().get("error").asText());
    assertEquals(200, token("contoso", CLIENT).status());
  }
}
