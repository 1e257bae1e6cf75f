package io.exchangekit.emulator.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Routes, bodies and errors of Microsoft Graph v1.0 users and licences, and the token endpoint. */
final class GraphHttpHandler implements HttpHandler {

  static final String JSON_TYPE =
      "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";
  private static final String CONTEXT = "https://graph.microsoft.com/v1.0/$metadata#";
  private static final DateTimeFormatter ERROR_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  /** Properties returned for a user without $select (Graph's default set). */
  private static final List<String> DEFAULT_USER_PROPERTIES =
      List.of(
          "businessPhones",
          "displayName",
          "givenName",
          "jobTitle",
          "mail",
          "mobilePhone",
          "officeLocation",
          "preferredLanguage",
          "surname",
          "userPrincipalName",
          "id");

  private static final List<String> SELECTABLE_USER_PROPERTIES =
      List.of(
          "id",
          "accountEnabled",
          "assignedLicenses",
          "businessPhones",
          "createdDateTime",
          "displayName",
          "givenName",
          "jobTitle",
          "mail",
          "mailNickname",
          "mobilePhone",
          "officeLocation",
          "preferredLanguage",
          "signInSessionsValidFromDateTime",
          "surname",
          "usageLocation",
          "userPrincipalName");

  private static final Set<String> PATCHABLE =
      Set.of(
          "@odata.type",
          "accountEnabled",
          "usageLocation",
          "displayName",
          "mailNickname",
          "passwordProfile");

  private static final String LOST = "graph-emulator.lost-response";

  private final ObjectMapper json = new ObjectMapper();
  private final GraphTenant tenant;
  private final TokenService tokens;
  private final FaultInjector faults;
  private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();

  GraphHttpHandler(GraphTenant tenant, TokenService tokens, FaultInjector faults) {
    this.tenant = tenant;
    this.tokens = tokens;
    this.faults = faults;
  }

  Map<String, Integer> counters() {
    Map<String, Integer> copy = new LinkedHashMap<>();
    counters.forEach((k, v) -> copy.put(k, v.get()));
    return copy;
  }

  int count(String route) {
    AtomicInteger c = counters.get(route);
    return c == null ? 0 : c.get();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String requestId = UUID.randomUUID().toString();
    String clientRequestId = exchange.getRequestHeaders().getFirst("client-request-id");
    if (clientRequestId == null) {
      clientRequestId = requestId;
    }
    exchange.getResponseHeaders().add("request-id", requestId);
    exchange.getResponseHeaders().add("client-request-id", clientRequestId);
    try {
      byte[] body = exchange.getRequestBody().readAllBytes();
      List<String> segments = segments(exchange.getRequestURI().getRawPath());
      if (segments.size() == 4
          && segments.get(1).equals("oauth2")
          && segments.get(2).equals("v2.0")
          && segments.get(3).equals("token")
          && exchange.getRequestMethod().equals("POST")) {
        increment("POST /{tenant}/oauth2/v2.0/token");
        int fault = tokens.nextFault();
        if (fault != 0) {
          tokenFault(exchange, fault, requestId, clientRequestId);
          return;
        }
        token(exchange, segments.get(0), body);
        return;
      }
      if (segments.isEmpty() || !segments.get(0).equals("v1.0")) {
        increment(
            "UNKNOWN " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        throw new GraphFault(
            400, "BadRequest", "Invalid version: " + (segments.isEmpty() ? "" : segments.get(0)));
      }
      String method = exchange.getRequestMethod();
      String route = route(method, segments);
      increment(route);
      TokenService.Grant grant = authorize(exchange);
      if (!GraphPermissions.allows(route, grant.permissions())) {
        // the real 403 does not name the missing permission (reference §1.8; e.g.
        // microsoftgraph/microsoft-graph-docs-contrib#3183, 2021-07-29, full JSON)
        throw new GraphFault(
            403,
            "Authorization_RequestDenied",
            "Insufficient privileges to complete the operation.");
      }
      int fault = faults.decide(!method.equals("GET"));
      if (fault == FaultInjector.LOST_RESPONSE) {
        exchange.setAttribute(LOST, new java.util.concurrent.atomic.AtomicBoolean(true));
      } else if (fault != 0) {
        injectFault(exchange, fault, requestId, clientRequestId);
        return;
      }
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      dispatch(exchange, route, segments, query, body);
    } catch (GraphFault f) {
      sendError(exchange, f, requestId, clientRequestId);
    } catch (TokenService.TokenFault f) {
      ObjectNode err = json.createObjectNode();
      err.put("error", f.error);
      err.put(
          "error_description",
          f.getMessage()
              + "\r\nTrace ID: "
              + requestId
              + "\r\nCorrelation ID: "
              + clientRequestId
              + "\r\nTimestamp: "
              + now());
      err.putArray("error_codes").add(f.aadsts);
      err.put("timestamp", now());
      err.put("trace_id", requestId);
      err.put("correlation_id", clientRequestId);
      err.put("error_uri", "https://login.microsoftonline.com/error?code=" + f.aadsts);
      send(exchange, f.status, err, "application/json; charset=utf-8");
    } catch (RuntimeException e) {
      sendError(
          exchange,
          new GraphFault(500, "InternalServerError", "Emulator failure: " + e.getClass().getName()),
          requestId,
          clientRequestId);
    } finally {
      exchange.close();
    }
  }

  private void increment(String route) {
    counters.computeIfAbsent(route, k -> new AtomicInteger()).incrementAndGet();
  }

  private static String route(String method, List<String> s) {
    if (s.size() == 2 && s.get(1).equals("users")) {
      return method + " /users";
    }
    if (s.size() == 2 && s.get(1).equals("subscribedSkus")) {
      return method + " /subscribedSkus";
    }
    if (s.size() == 3 && s.get(1).equals("users")) {
      return method + " /users/{id}";
    }
    if (s.size() == 4 && s.get(1).equals("users")) {
      return method + " /users/{id}/" + s.get(3);
    }
    return method + " " + String.join("/", s.subList(1, s.size()));
  }

  private TokenService.Grant authorize(HttpExchange exchange) {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (auth == null || auth.isBlank()) {
      throw new GraphFault(401, "InvalidAuthenticationToken", "Access token is empty.");
    }
    if (!auth.startsWith("Bearer ")) {
      throw invalidToken();
    }
    return tokens.grant(auth.substring(7).trim()).orElseThrow(GraphHttpHandler::invalidToken);
  }

  private static GraphFault invalidToken() {
    return new GraphFault(
        401, "InvalidAuthenticationToken", "CompactToken parsing failed with error code: 80049217");
  }

  private void injectFault(HttpExchange exchange, int status, String requestId, String clientId)
      throws IOException {
    exchange.getResponseHeaders().add("Retry-After", faults.retryAfterHeader());
    ObjectNode body = json.createObjectNode();
    ObjectNode error = body.putObject("error");
    if (status == 429) {
      // body and headers as learn.microsoft.com/graph/throttling shows them (sample of 2020-08-18)
      // and throttling-limits.md names them for the identity and access service
      exchange
          .getResponseHeaders()
          .add(
              "x-ms-throttle-scope",
              "Tenant_Application/ReadWrite/emulator/" + tenant.tenantId.toString());
      exchange.getResponseHeaders().add("x-ms-throttle-information", "WriteLimitExceeded");
      error.put("code", "TooManyRequests");
      error.put("message", "Please retry again later.");
      ObjectNode inner = error.putObject("innerError");
      inner.put("code", "429");
      inner.put("date", now());
      inner.put("message", "Please retry after");
      inner.put("request-id", requestId);
      inner.put("client-request-id", clientId);
      inner.put("status", "429");
    } else {
      // [assumption] no exact directory 503 body is known (reference §1.8)
      error.put("code", "serviceNotAvailable");
      error.put("message", "Service unavailable");
      ObjectNode inner = error.putObject("innerError");
      inner.put("date", now());
      inner.put("request-id", requestId);
      inner.put("client-request-id", clientId);
    }
    send(exchange, status, body, JSON_TYPE);
  }

  /**
   * The identity platform refusing a token request for load: 429 with {@code Retry-After} when the
   * caller is throttled, 503 with it when the service is busy (AzureAD/microsoft-authentication-
   * library-for-dotnet#3907, 2023-01-17: "ESTS will reply with 503 + Retry-After in case of 'too
   * busy' and with 429 + Retry-After in case of throttling"; MSAL's throttling page shows {@code
   * Retry-After: 60} for client credentials). [assumption] the JSON body; #2855 of the same
   * repository shows a 429 whose body was the bare text "Too Many Requests".
   */
  private void tokenFault(HttpExchange exchange, int status, String requestId, String clientId)
      throws IOException {
    exchange.getResponseHeaders().add("Retry-After", faults.retryAfterHeader());
    ObjectNode err = json.createObjectNode();
    boolean throttled = status == 429;
    err.put("error", throttled ? "invalid_request" : "temporarily_unavailable");
    int code = throttled ? 50196 : 90033;
    err.put(
        "error_description",
        "AADSTS"
            + code
            + (throttled
                ? ": The server terminated an operation because it encountered a loop while"
                    + " processing a request."
                : ": A transient error has occurred. Please try again.")
            + "\r\nTrace ID: "
            + requestId
            + "\r\nCorrelation ID: "
            + clientId
            + "\r\nTimestamp: "
            + now());
    err.putArray("error_codes").add(code);
    err.put("timestamp", now());
    err.put("trace_id", requestId);
    err.put("correlation_id", clientId);
    send(exchange, status, err, "application/json; charset=utf-8");
  }

  private void dispatch(
      HttpExchange exchange, String route, List<String> s, Map<String, String> query, byte[] body)
      throws IOException {
    switch (route) {
      case "GET /subscribedSkus" -> send(exchange, 200, subscribedSkus(), JSON_TYPE);
      case "GET /users" -> listUsers(exchange, query);
      case "POST /users" -> createUser(exchange, body);
      case "GET /users/{id}" -> {
        GraphTenant.User u = tenant.user(s.get(2));
        List<String> select = select(query);
        ObjectNode node = userJson(u, select);
        String ctx =
            select == null
                ? CONTEXT + "users/$entity"
                : CONTEXT + "users(" + String.join(",", select) + ")/$entity";
        node.put("@odata.context", ctx);
        send(exchange, 200, reorder(node), JSON_TYPE);
      }
      case "PATCH /users/{id}" -> {
        JsonNode n = parse(exchange, body);
        n.fieldNames()
            .forEachRemaining(
                f -> {
                  if (!PATCHABLE.contains(f)) {
                    // [assumption] the emulator supports only the properties the library writes
                    throw GraphFault.badRequest(
                        "Property '" + f + "' is not supported by the Graph emulator.");
                  }
                });
        tenant.patch(
            s.get(2),
            n.has("accountEnabled") ? booleanProperty(n, "accountEnabled") : null,
            textOrNull(n, "usageLocation"),
            textOrNull(n, "displayName"),
            textOrNull(n, "mailNickname"),
            n.path("passwordProfile").hasNonNull("password")
                ? n.path("passwordProfile").path("password").asText()
                : null);
        sendEmpty(exchange, 204);
      }
      case "DELETE /users/{id}" -> {
        tenant.delete(s.get(2));
        sendEmpty(exchange, 204);
      }
      case "POST /users/{id}/assignLicense" -> assignLicense(exchange, s.get(2), body);
      case "GET /users/{id}/licenseDetails" -> licenseDetails(exchange, s.get(2));
      case "POST /users/{id}/revokeSignInSessions" -> {
        tenant.revokeSessions(s.get(2));
        ObjectNode n = json.createObjectNode();
        n.put("@odata.context", CONTEXT + "Edm.Boolean");
        n.put("value", true);
        send(exchange, 200, n, JSON_TYPE);
      }
      default ->
          throw new GraphFault(
              400,
              "BadRequest",
              "Resource not found for the segment '" + s.get(s.size() - 1) + "'.");
    }
  }

  private ObjectNode subscribedSkus() {
    ObjectNode root = json.createObjectNode();
    root.put("@odata.context", CONTEXT + "subscribedSkus");
    ArrayNode value = root.putArray("value");
    for (GraphTenant.Sku sku : tenant.skus()) {
      ObjectNode n = value.addObject();
      n.put("accountName", tenant.name);
      n.put("accountId", tenant.tenantId.toString());
      n.put("appliesTo", "User");
      n.put("capabilityStatus", "Enabled");
      n.put("consumedUnits", tenant.consumedUnits(sku.skuId));
      n.put("id", tenant.tenantId + "_" + sku.skuId);
      ObjectNode prepaid = n.putObject("prepaidUnits");
      prepaid.put("enabled", sku.enabledUnits);
      prepaid.put("lockedOut", 0);
      prepaid.put("suspended", 0);
      prepaid.put("warning", 0);
      ArrayNode plans = n.putArray("servicePlans");
      for (GraphTenant.Plan p : sku.plans) {
        ObjectNode pn = plans.addObject();
        pn.put("servicePlanId", p.id().toString());
        pn.put("servicePlanName", p.name());
        pn.put("provisioningStatus", "Success");
        pn.put("appliesTo", p.appliesTo());
      }
      n.put("skuId", sku.skuId.toString());
      n.put("skuPartNumber", sku.partNumber);
      n.putArray("subscriptionIds").add(sku.subscriptionId.toString());
    }
    return root;
  }

  private void listUsers(HttpExchange exchange, Map<String, String> query) throws IOException {
    if (query.containsKey("$filter")) {
      // [assumption] the emulator does not implement OData filters; it says so instead of
      // returning every user
      throw GraphFault.badRequest("The Graph emulator does not support $filter on users.");
    }
    List<String> select = select(query);
    ObjectNode root = json.createObjectNode();
    root.put(
        "@odata.context",
        select == null ? CONTEXT + "users" : CONTEXT + "users(" + String.join(",", select) + ")");
    ArrayNode value = root.putArray("value");
    for (GraphTenant.User u : tenant.usersInOrder()) {
      value.add(userJson(u, select));
    }
    send(exchange, 200, root, JSON_TYPE);
  }

  private void createUser(HttpExchange exchange, byte[] body) throws IOException {
    JsonNode n = parse(exchange, body);
    JsonNode pp = n.path("passwordProfile");
    GraphTenant.User u =
        tenant.create(
            new GraphTenant.NewUser(
                textOrNull(n, "userPrincipalName"),
                textOrNull(n, "displayName"),
                textOrNull(n, "mailNickname"),
                n.has("accountEnabled") ? booleanProperty(n, "accountEnabled") : null,
                textOrNull(n, "usageLocation"),
                pp.hasNonNull("password") ? pp.path("password").asText() : null));
    ObjectNode out = userJson(u, null);
    out.put("@odata.context", CONTEXT + "users/$entity");
    exchange
        .getResponseHeaders()
        .add(
            "Location",
            "https://graph.microsoft.com/v2/"
                + tenant.tenantId
                + "/directoryObjects/"
                + u.id
                + "/Microsoft.DirectoryServices.User");
    send(exchange, 201, reorder(out), JSON_TYPE);
  }

  private void assignLicense(HttpExchange exchange, String key, byte[] body) throws IOException {
    tenant.user(key);
    JsonNode n = parse(exchange, body);
    List<GraphTenant.LicenceAdd> add = null;
    if (n.has("addLicenses") && !n.get("addLicenses").isNull()) {
      add = new ArrayList<>();
      for (JsonNode a : n.get("addLicenses")) {
        List<UUID> disabled = new ArrayList<>();
        for (JsonNode d : a.path("disabledPlans")) {
          disabled.add(guid(d));
        }
        add.add(
            new GraphTenant.LicenceAdd(
                a.hasNonNull("skuId") ? guid(a.get("skuId")) : null, disabled));
      }
    }
    List<UUID> remove = null;
    if (n.has("removeLicenses") && !n.get("removeLicenses").isNull()) {
      remove = new ArrayList<>();
      for (JsonNode r : n.get("removeLicenses")) {
        remove.add(guid(r));
      }
    }
    GraphTenant.User u = tenant.assignLicense(key, add, remove);
    ObjectNode out = userJson(u, null);
    out.put("@odata.context", CONTEXT + "users/$entity");
    send(exchange, 200, reorder(out), JSON_TYPE);
  }

  private void licenseDetails(HttpExchange exchange, String key) throws IOException {
    GraphTenant.User u = tenant.user(key);
    ObjectNode root = json.createObjectNode();
    root.put("@odata.context", CONTEXT + "users('" + u.id + "')/licenseDetails");
    ArrayNode value = root.putArray("value");
    Map<UUID, Set<UUID>> licences;
    synchronized (tenant) {
      licences = new LinkedHashMap<>(u.licences);
    }
    for (Map.Entry<UUID, Set<UUID>> e : licences.entrySet()) {
      GraphTenant.Sku sku = tenant.sku(e.getKey());
      ObjectNode n = value.addObject();
      n.put("id", detailId(u.id, sku.skuId));
      n.put("skuId", sku.skuId.toString());
      n.put("skuPartNumber", sku.partNumber);
      ArrayNode plans = n.putArray("servicePlans");
      for (GraphTenant.Plan p : sku.plans) {
        ObjectNode pn = plans.addObject();
        pn.put("servicePlanId", p.id().toString());
        pn.put("servicePlanName", p.name());
        pn.put("provisioningStatus", e.getValue().contains(p.id()) ? "Disabled" : "Success");
        pn.put("appliesTo", p.appliesTo());
      }
    }
    send(exchange, 200, root, JSON_TYPE);
  }

  private static String detailId(UUID user, UUID sku) {
    byte[] b = (user.toString() + sku).getBytes(StandardCharsets.US_ASCII);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(b, 32));
  }

  private ObjectNode userJson(GraphTenant.User u, List<String> select) {
    ObjectNode n = json.createObjectNode();
    List<String> props = select == null ? DEFAULT_USER_PROPERTIES : select;
    synchronized (tenant) {
      for (String p : props) {
        switch (p) {
          case "id" -> n.put("id", u.id.toString());
          case "businessPhones" -> n.putArray("businessPhones");
          case "displayName" -> n.put("displayName", u.displayName);
          case "userPrincipalName" -> n.put("userPrincipalName", u.upn);
          case "mailNickname" -> n.put("mailNickname", u.mailNickname);
          case "accountEnabled" -> n.put("accountEnabled", u.accountEnabled);
          case "usageLocation" -> n.put("usageLocation", u.usageLocation);
          case "createdDateTime" -> n.put("createdDateTime", u.created.toString());
          case "signInSessionsValidFromDateTime" ->
              n.put("signInSessionsValidFromDateTime", u.sessionsValidFrom.toString());
          case "assignedLicenses" -> {
            ArrayNode a = n.putArray("assignedLicenses");
            u.licences.forEach(
                (sku, disabled) -> {
                  ObjectNode l = a.addObject();
                  ArrayNode d = l.putArray("disabledPlans");
                  disabled.forEach(id -> d.add(id.toString()));
                  l.put("skuId", sku.toString());
                });
          }
          default -> n.putNull(p);
        }
      }
    }
    return n;
  }

  private ObjectNode reorder(ObjectNode n) {
    ObjectNode out = json.createObjectNode();
    if (n.has("@odata.context")) {
      out.set("@odata.context", n.get("@odata.context"));
    }
    n.properties()
        .forEach(
            e -> {
              if (!e.getKey().equals("@odata.context")) {
                out.set(e.getKey(), e.getValue());
              }
            });
    return out;
  }

  private List<String> select(Map<String, String> query) {
    String raw = query.get("$select");
    if (raw == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String p : raw.split(",")) {
      String t = p.trim();
      String canonical =
          SELECTABLE_USER_PROPERTIES.stream()
              .filter(c -> c.equalsIgnoreCase(t))
              .findFirst()
              .orElseThrow(
                  () ->
                      GraphFault.badRequest(
                          "Could not find a property named '"
                              + t
                              + "' on type 'Microsoft.DirectoryServices.User'."));
      if (!out.contains(canonical)) {
        out.add(canonical);
      }
    }
    return out;
  }

  private void token(HttpExchange exchange, String tenantKey, byte[] body) throws IOException {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded")) {
      throw new TokenService.TokenFault(
          400,
          "invalid_request",
          900144,
          "The request body must contain the following parameter: 'grant_type'.");
    }
    Map<String, String> form = query(new String(body, StandardCharsets.UTF_8));
    String url =
        "https://127.0.0.1:"
            + exchange.getLocalAddress().getPort()
            + exchange.getRequestURI().getPath();
    String token = tokens.issue(tenantKey, form, url);
    ObjectNode n = json.createObjectNode();
    n.put("token_type", "Bearer");
    n.put("expires_in", TokenService.LIFETIME_SECONDS);
    n.put("ext_expires_in", TokenService.LIFETIME_SECONDS);
    n.put("access_token", token);
    exchange.getResponseHeaders().add("Cache-Control", "no-store, no-cache");
    send(exchange, 200, n, "application/json; charset=utf-8");
  }

  // ---------------------------------------------------------------- parsing

  private JsonNode parse(HttpExchange exchange, byte[] body) {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    JsonNode n = null;
    if (contentType != null
        && contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      try {
        n = json.readTree(body);
      } catch (IOException e) {
        n = null;
      }
    }
    if (n == null || !n.isObject()) {
      throw new GraphFault(
          400,
          "BadRequest",
          "Unable to read JSON request payload. Please ensure Content-Type header is set and"
              + " payload is of valid JSON format.");
    }
    return n;
  }

  private static UUID guid(JsonNode n) {
    try {
      if (!n.isTextual()) {
        throw new IllegalArgumentException();
      }
      String t = n.asText();
      UUID id = UUID.fromString(t);
      if (!id.toString().equalsIgnoreCase(t)) {
        throw new IllegalArgumentException();
      }
      return id;
    } catch (IllegalArgumentException e) {
      throw GraphFault.badRequest(
          "Cannot convert a primitive value to the expected type 'Edm.Guid'. See the inner"
              + " exception for more details");
    }
  }

  private static Boolean booleanProperty(JsonNode n, String name) {
    JsonNode v = n.get(name);
    if (!v.isBoolean()) {
      throw GraphTenant.invalidProperty(name);
    }
    return v.asBoolean();
  }

  private static String textOrNull(JsonNode n, String name) {
    JsonNode v = n.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }

  static List<String> segments(String rawPath) {
    List<String> out = new ArrayList<>();
    for (String s : rawPath.split("/")) {
      if (!s.isEmpty()) {
        out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }

  // ---------------------------------------------------------------- responses

  private static String now() {
    return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(ERROR_DATE);
  }

  private void sendError(HttpExchange exchange, GraphFault f, String requestId, String clientId)
      throws IOException {
    ObjectNode body = json.createObjectNode();
    ObjectNode error = body.putObject("error");
    error.put("code", f.code);
    error.put("message", f.getMessage());
    ObjectNode inner = error.putObject("innerError");
    inner.put("date", now());
    inner.put("request-id", requestId);
    inner.put("client-request-id", clientId);
    if (!f.details.isEmpty()) {
      ArrayNode details = error.putArray("details");
      for (Map<String, String> d : f.details) {
        ObjectNode dn = details.addObject();
        d.forEach(dn::put);
      }
    }
    send(exchange, f.status, body, JSON_TYPE);
  }

  /** Replaces the answer of a request that was carried out with a 503, if so injected. */
  private boolean lost(HttpExchange exchange) throws IOException {
    Object flag = exchange.getAttribute(LOST);
    if (!(flag instanceof java.util.concurrent.atomic.AtomicBoolean pending)
        || !pending.compareAndSet(true, false)) {
      return false;
    }
    String requestId = exchange.getResponseHeaders().getFirst("request-id");
    String clientId = exchange.getResponseHeaders().getFirst("client-request-id");
    injectFault(exchange, 503, requestId, clientId);
    return true;
  }

  private void send(HttpExchange exchange, int status, JsonNode body, String type)
      throws IOException {
    if (lost(exchange)) {
      return;
    }
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void sendEmpty(HttpExchange exchange, int status) throws IOException {
    if (lost(exchange)) {
      return;
    }
    exchange.sendResponseHeaders(status, -1);
  }
}
