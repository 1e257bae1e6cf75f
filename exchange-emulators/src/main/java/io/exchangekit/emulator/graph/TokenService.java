package io.exchangekit.emulator.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Microsoft identity platform's client-credentials token endpoint, as msal4j calls it: {@code
 * POST /{tenant}/oauth2/v2.0/token} with a client secret or a signed client assertion.
 */
final class TokenService {

  static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";
  static final int LIFETIME_SECONDS = 3599;

  /** An error of the token endpoint: OAuth2 error code, AADSTS number and description. */
  static final class TokenFault extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String error;
    final int aadsts;

    TokenFault(int status, String error, int aadsts, String description) {
      super("AADSTS" + aadsts + ": " + description, null, false, false);
      this.status = status;
      this.error = error;
      this.aadsts = aadsts;
    }
  }

  private record App(String secretHash, X509Certificate certificate, Set<String> permissions) {}

  /** What an access token grants: its expiry and the application permissions (roles). */
  record Grant(Instant expiry, Set<String> permissions) {}

  private final ObjectMapper json = new ObjectMapper();
  private final SecureRandom random = new SecureRandom();
  private final Map<String, App> apps = new ConcurrentHashMap<>();
  private final Map<String, Grant> tokens = new ConcurrentHashMap<>();
  private final java.util.Deque<Integer> faults = new java.util.ArrayDeque<>();
  private final AtomicInteger issued = new AtomicInteger();
  private final Set<String> tenantKeys;

  TokenService(Set<String> tenantKeys) {
    this.tenantKeys = tenantKeys;
  }

  void registerSecret(String clientId, String secret, Set<String> permissions) {
    apps.put(clientId, new App(GraphTenant.hash(secret), null, Set.copyOf(permissions)));
  }

  void registerCertificate(String clientId, X509Certificate certificate, Set<String> permissions) {
    apps.put(clientId, new App(null, certificate, Set.copyOf(permissions)));
  }

  /** Answers the next {@code count} token requests with this status (429 or a 5xx) instead. */
  synchronized void failNext(int count, int status) {
    for (int i = 0; i < count; i++) {
      faults.add(status);
    }
  }

  synchronized void clearFaults() {
    faults.clear();
  }

  /** The status to answer the next token request with instead of serving it, or 0. */
  synchronized int nextFault() {
    Integer f = faults.poll();
    return f == null ? 0 : f;
  }

  void revokeAll() {
    tokens.clear();
  }

  int issued() {
    return issued.get();
  }

  /** The grant of a token this service issued and that has not expired or been revoked. */
  java.util.Optional<Grant> grant(String token) {
    Grant g = tokens.get(token);
    return g != null && g.expiry().isAfter(Instant.now())
        ? java.util.Optional.of(g)
        : java.util.Optional.empty();
  }

  /** Checks the form of a token request and issues an access token. */
  String issue(String tenant, Map<String, String> form, String tokenUrl) {
    if (!tenantKeys.contains(tenant.toLowerCase(java.util.Locale.ROOT))) {
      // Azure/azure-cli#24376 (2022-10-24) and
      // microsoftgraph/windowsupdates-webapplication-sample#6
      // (2023-06-07) show this error and text; the 400 status is from
      // sjkp/letsencrypt-siteextension
      // #108 (2018-12-24)
      throw new TokenFault(
          400,
          "invalid_tenant",
          90002,
          "Tenant '"
              + tenant
              + "' not found. Check to make sure you have the correct tenant ID and are signing"
              + " into the correct cloud. Check with your subscription administrator, this may"
              + " happen if there are no active subscriptions for the tenant.");
    }
    if (!"client_credentials".equals(form.get("grant_type"))) {
      throw new TokenFault(
          400,
          "unsupported_grant_type",
          70003,
          "The app requested an unsupported grant type '" + form.get("grant_type") + "'.");
    }
    String clientId = form.getOrDefault("client_id", "");
    App app = apps.get(clientId);
    if (app == null) {
      // error and text: microsoft/AzureMonitorAddonForSplunk#114 (2018-12-22, full JSON),
      // MicrosoftDocs/azure-docs#21690 (2019-01-04); [assumption] the status 400 and the directory
      // named as the tenant was given (real Entra ID may print its display name instead)
      throw new TokenFault(
          400,
          "unauthorized_client",
          700016,
          "Application with identifier '"
              + clientId
              + "' was not found in the directory '"
              + tenant
              + "'. This can happen if the application has not been installed by the administrator"
              + " of the tenant or consented to by any user in the tenant. You may have sent your"
              + " authentication request to the wrong tenant.");
    }
    String scope = form.getOrDefault("scope", "");
    if (!Set.of(scope.split(" ")).contains(GRAPH_SCOPE)) {
      throw new TokenFault(
          400,
          "invalid_scope",
          1002012,
          "The provided value for scope "
              + scope
              + " is not valid. Client credential flows must have a scope value with /.default"
              + " suffixed to the resource identifier (application ID URI).");
    }
    if (app.secretHash() != null) {
      String secret = form.get("client_secret");
      if (secret == null || !GraphTenant.hash(secret).equals(app.secretHash())) {
        // 401 invalid_client with this text: OfficeDev/microsoft-365-agents-toolkit#8621
        // (2023-05-06) and keycloak/keycloak#31294 (2024-07-15), both full JSON captures
        throw new TokenFault(
            401,
            "invalid_client",
            7000215,
            "Invalid client secret provided. Ensure the secret being sent in the request is the"
                + " client secret value, not the client secret ID, for a secret added to app '"
                + clientId
                + "'.");
      }
    } else {
      checkAssertion(clientId, app.certificate(), form, tokenUrl);
    }
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    String token = "emu." + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    tokens.put(token, new Grant(Instant.now().plusSeconds(LIFETIME_SECONDS), app.permissions()));
    issued.incrementAndGet();
    return token;
  }

  private void checkAssertion(
      String clientId, X509Certificate cert, Map<String, String> form, String tokenUrl) {
    if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
        .equals(form.get("client_assertion_type"))) {
      throw new TokenFault(
          401,
          "invalid_client",
          7000218,
          "The request body must contain the following parameter: 'client_assertion' or"
              + " 'client_secret'.");
    }
    String[] parts = form.getOrDefault("client_assertion", "").split("\\.");
    if (parts.length != 3) {
      throw invalidAssertion();
    }
    try {
      Signature sig = Signature.getInstance("SHA256withRSA");
      sig.initVerify(cert.getPublicKey());
      sig.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!sig.verify(Base64.getUrlDecoder().decode(parts[2]))) {
        throw invalidAssertion();
      }
      JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
      long now = Instant.now().getEpochSecond();
      if (!clientId.equals(claims.path("iss").asText())
          || !clientId.equals(claims.path("sub").asText())
          || claims.path("exp").asLong() < now
          || !audienceMatches(claims.path("aud"), tokenUrl)) {
        throw new TokenFault(
            401,
            "invalid_client",
            700024,
            "Client assertion is not within its valid time range or has a wrong audience or"
                + " issuer.");
      }
    } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
      throw invalidAssertion();
    }
  }

  private static boolean audienceMatches(JsonNode aud, String tokenUrl) {
    String a = aud.asText();
    return a.equalsIgnoreCase(tokenUrl) || a.replace(":443/", "/").equalsIgnoreCase(tokenUrl);
  }

  private static TokenFault invalidAssertion() {
    return new TokenFault(
        401, "invalid_client", 700027, "Client assertion contains an invalid signature.");
  }
}
