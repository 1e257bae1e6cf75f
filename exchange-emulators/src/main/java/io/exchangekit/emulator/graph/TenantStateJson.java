package io.exchangekit.emulator.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/** Saves and loads the tenant's domains, SKUs and users as JSON (passwords only as hashes). */
final class TenantStateJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TenantStateJson() {}

  static String save(GraphTenant t) {
    ObjectNode root = JSON.createObjectNode();
    synchronized (t) {
      root.put("tenant", t.name);
      root.put("tenantId", t.tenantId.toString());
      ArrayNode domains = root.putArray("domains");
      t.domains().forEach(domains::add);
      ArrayNode skus = root.putArray("skus");
      for (GraphTenant.Sku s : t.skus()) {
        ObjectNode n = skus.addObject();
        n.put("skuId", s.skuId.toString());
        n.put("skuPartNumber", s.partNumber);
        n.put("enabledUnits", s.enabledUnits);
        n.put("subscriptionId", s.subscriptionId.toString());
        ArrayNode plans = n.putArray("servicePlans");
        for (GraphTenant.Plan p : s.plans) {
          plans
              .addObject()
              .put("servicePlanId", p.id().toString())
              .put("servicePlanName", p.name())
              .put("appliesTo", p.appliesTo());
        }
      }
      ArrayNode users = root.putArray("users");
      for (GraphTenant.User u : t.allUsers()) {
        ObjectNode n = users.addObject();
        n.put("id", u.id.toString());
        n.put("userPrincipalName", u.upn);
        n.put("displayName", u.displayName);
        n.put("mailNickname", u.mailNickname);
        n.put("accountEnabled", u.accountEnabled);
        n.put("usageLocation", u.usageLocation);
        n.put("passwordSha256", u.passwordHash);
        n.put("createdDateTime", u.created.toString());
        n.put("signInSessionsValidFromDateTime", u.sessionsValidFrom.toString());
        n.put("sessionRevocations", u.revocations);
        ArrayNode lic = n.putArray("assignedLicenses");
        u.licences.forEach(
            (sku, disabled) -> {
              ObjectNode l = lic.addObject();
              l.put("skuId", sku.toString());
              ArrayNode d = l.putArray("disabledPlans");
              disabled.forEach(p -> d.add(p.toString()));
            });
      }
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void load(GraphTenant t, String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("tenant state is not valid JSON", e);
    }
    synchronized (t) {
      t.clearDomains();
      t.clearSkus();
      t.clearUsers();
      root.path("domains").forEach(d -> t.addDomain(d.asText()));
      for (JsonNode s : root.path("skus")) {
        List<GraphTenant.Plan> plans = new ArrayList<>();
        for (JsonNode p : s.path("servicePlans")) {
          plans.add(
              new GraphTenant.Plan(
                  UUID.fromString(p.path("servicePlanId").asText()),
                  p.path("servicePlanName").asText(),
                  p.path("appliesTo").asText("User")));
        }
        t.addSku(
            new GraphTenant.Sku(
                UUID.fromString(s.path("skuId").asText()),
                s.path("skuPartNumber").asText(),
                plans,
                s.path("enabledUnits").asInt(),
                UUID.fromString(s.path("subscriptionId").asText())));
      }
      for (JsonNode n : root.path("users")) {
        GraphTenant.User u =
            new GraphTenant.User(
                UUID.fromString(n.path("id").asText()),
                n.path("userPrincipalName").asText(),
                Instant.parse(n.path("createdDateTime").asText()));
        u.displayName = n.path("displayName").asText();
        u.mailNickname = n.path("mailNickname").asText();
        u.accountEnabled = n.path("accountEnabled").asBoolean();
        u.usageLocation = n.hasNonNull("usageLocation") ? n.get("usageLocation").asText() : null;
        u.passwordHash = n.hasNonNull("passwordSha256") ? n.get("passwordSha256").asText() : null;
        u.sessionsValidFrom = Instant.parse(n.path("signInSessionsValidFromDateTime").asText());
        u.revocations = n.path("sessionRevocations").asInt();
        for (JsonNode l : n.path("assignedLicenses")) {
          TreeSet<UUID> disabled = new TreeSet<>();
          l.path("disabledPlans").forEach(d -> disabled.add(UUID.fromString(d.asText())));
          u.licences.put(UUID.fromString(l.path("skuId").asText()), disabled);
        }
        t.restore(u);
      }
    }
  }
}
