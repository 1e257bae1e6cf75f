package io.exchangekit.adapter.graph;

import com.microsoft.kiota.serialization.JsonSerializationWriter;
import com.microsoft.kiota.serialization.Parsable;
import io.exchangekit.core.license.AssignedLicense;
import io.exchangekit.core.license.LicensePlan;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.recipient.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders directory actions as the Graph requests the client sends for them: the same body
 * builders, serialised by the SDK's own JSON writer, with the password replaced by the mask. An
 * action that converges (a user that exists already, licences held already) is shown as the write
 * it sends when the directory does not match yet; licences are addressed by the UPN, which Graph
 * accepts in place of the object id.
 */
final class GraphRequests {
  private final String baseUrl;

  GraphRequests(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  List<PlannedStep> render(List<DirectoryAction> actions) {
    return actions.stream().map(this::render).toList();
  }

  PlannedStep render(DirectoryAction action) {
    String user = "/users/" + URLEncoder.encode(action.user().value(), StandardCharsets.UTF_8);
    if (action instanceof DirectoryAction.CreateCloudUser c) {
      boolean generated = c.password().isEmpty();
      Map<String, Object> password = new LinkedHashMap<>();
      password.put("password", Secret.MASK);
      password.put("forceChangePasswordNextSignIn", generated);
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("accountEnabled", true);
      p.put("displayName", c.displayName().value());
      p.put("mailNickname", c.mailNickname().value());
      p.put("userPrincipalName", c.user().value());
      p.put("usageLocation", c.usageLocation().value());
      p.put("passwordProfile", password);
      return step("POST", "/users", p, GraphDirectoryClient.newUser(c, Secret.MASK, generated));
    }
    if (action instanceof DirectoryAction.SetUsageLocation s) {
      return step(
          "PATCH",
          user,
          Map.of("usageLocation", s.usageLocation().value()),
          GraphDirectoryClient.usageLocationPatch(s.usageLocation()));
    }
    if (action instanceof DirectoryAction.SetSignIn s) {
      return step(
          "PATCH",
          user,
          Map.of("accountEnabled", s.enabled()),
          GraphDirectoryClient.signInPatch(s.enabled()));
    }
    if (action instanceof DirectoryAction.AssignLicenses a) {
      return step(
          "POST",
          user + "/assignLicense",
          licences(a.plan()),
          GraphDirectoryClient.assignLicenseBody(a.plan()));
    }
    if (action instanceof DirectoryAction.RevokeSignInSessions) {
      return step("POST", user + "/revokeSignInSessions", Map.of(), null);
    }
    if (action instanceof DirectoryAction.DeleteCloudUser) {
      return step("DELETE", user, Map.of(), null);
    }
    throw new IllegalArgumentException("unknown directory action " + action.getClass().getName());
  }

  private PlannedStep step(
      String method, String path, Map<String, Object> parameters, Parsable body) {
    String line = method + " " + baseUrl + path + (body == null ? "" : " " + json(body));
    return new PlannedStep(
        PlannedStep.Target.MICROSOFT_GRAPH,
        method + " " + path.replaceFirst("^/users/[^/]+", "/users/{id}"),
        parameters,
        line);
  }

  private static Map<String, Object> licences(LicensePlan plan) {
    List<Map<String, Object>> add =
        plan.add().stream()
            .map(
                (AssignedLicense l) -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("skuId", l.skuId().toString());
                  m.put("disabledPlans", l.disabledPlans().stream().map(Object::toString).toList());
                  return m;
                })
            .toList();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("addLicenses", add);
    m.put("removeLicenses", plan.remove().stream().map(Object::toString).toList());
    return m;
  }

  /** The body as the SDK serialises it for the wire. */
  private static String json(Parsable body) {
    try (JsonSerializationWriter writer = new JsonSerializationWriter()) {
      writer.writeObjectValue(null, body);
      try (InputStream in = writer.getSerializedContent()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
