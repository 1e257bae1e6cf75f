package io.exchangekit.adapter.openiam.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.exchangekit.core.error.Violation;
import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.license.ServicePlanName;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the two attributes whose value is a JSON document, ConnectorModeSettings and
 * LicensesToAssignJson, collecting violations that name the attribute, the key and the allowed
 * values.
 */
final class JsonAttributes {
  static final String MODE = "ConnectorModeSettings";
  static final String LICENSES = "LicensesToAssignJson";
  static final String MODE_EXAMPLE =
      "{\"connectorScope\":\"premise\",\"newUserBehavior\":\"create\"}";
  static final String LICENSES_EXAMPLE =
      "[{\"LicenseName\":\"contoso:ENTERPRISEPACK\",\"DisabledPlans\":[\"SWAY\"]}]";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  private JsonAttributes() {}

  /**
   * Reads ConnectorModeSettings; absent or blank text is the deployment's default mode, and a
   * missing key takes the default's value.
   */
  static ConnectorMode mode(
      Optional<String> text, ConnectorMode defaultMode, List<Violation> violations) {
    if (text.isEmpty() || text.get().isBlank()) {
      return defaultMode;
    }
    Optional<JsonNode> tree =
        parse(MODE, text.get(), "a JSON object such as " + MODE_EXAMPLE, violations);
    if (tree.isEmpty()) {
      return defaultMode;
    }
    if (!tree.get().isObject()) {
      violations.add(new Violation(MODE, "must be a JSON object such as " + MODE_EXAMPLE));
      return defaultMode;
    }
    Scope scope = defaultMode.scope();
    NewUserBehavior behavior = defaultMode.behavior();
    int before = violations.size();
    for (Iterator<Map.Entry<String, JsonNode>> it = tree.get().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      if (key.equalsIgnoreCase("connectorScope")) {
        Optional<String> v = text(MODE, "connectorScope", e.getValue(), violations);
        try {
          if (v.isPresent()) {
            scope = Scope.parse(v.get());
          }
        } catch (IllegalArgumentException bad) {
          violations.add(new Violation(MODE, rule(bad)));
        }
      } else if (key.equalsIgnoreCase("newUserBehavior")) {
        Optional<String> v = text(MODE, "newUserBehavior", e.getValue(), violations);
        try {
          if (v.isPresent()) {
            behavior = NewUserBehavior.parse(v.get());
          }
        } catch (IllegalArgumentException bad) {
          violations.add(new Violation(MODE, rule(bad)));
        }
      } else {
        violations.add(
            new Violation(
                MODE,
                "unknown key '"
                    + shorten(key)
                    + "'; the allowed keys are connectorScope, newUserBehavior"));
      }
    }
    return violations.size() == before ? ConnectorMode.of(scope, behavior) : defaultMode;
  }

  /** Reads LicensesToAssignJson; empty when the text is blank. */
  static Optional<List<LicenseSelection>> licenses(String text, List<Violation> violations) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    String shape = "a JSON array such as " + LICENSES_EXAMPLE;
    Optional<JsonNode> tree = parse(LICENSES, text, shape, violations);
    if (tree.isEmpty()) {
      return Optional.empty();
    }
    if (!tree.get().isArray()) {
      violations.add(new Violation(LICENSES, "must be " + shape));
      return Optional.empty();
    }
    int before = violations.size();
    List<LicenseSelection> result = new ArrayList<>();
    int index = 0;
    for (JsonNode item : tree.get()) {
      index++;
      String at = "item " + index + ": ";
      if (!item.isObject()) {
        violations.add(
            new Violation(LICENSES, at + "must be an object with LicenseName and DisabledPlans"));
        continue;
      }
      Optional<AccountSkuId> sku = Optional.empty();
      boolean named = false;
      Set<ServicePlanName> disabled = new LinkedHashSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equalsIgnoreCase("LicenseName")) {
          named = true;
          Optional<String> v = text(LICENSES, at + "LicenseName", e.getValue(), violations);
          try {
            if (v.isPresent()) {
              sku = Optional.of(AccountSkuId.parse(v.get().trim()));
            }
          } catch (IllegalArgumentException bad) {
            violations.add(new Violation(LICENSES, at + rule(bad)));
          }
        } else if (e.getKey().equalsIgnoreCase("DisabledPlans")) {
          disabledPlans(e.getValue(), at, disabled, violations);
        } else {
          violations.add(
              new Violation(
                  LICENSES,
                  at
                      + "unknown key '"
                      + shorten(e.getKey())
                      + "'; the allowed keys are LicenseName, DisabledPlans"));
        }
      }
      if (!named) {
        violations.add(
            new Violation(LICENSES, at + "LicenseName is required (tenant:SKU_PART_NUMBER)"));
      }
      sku.ifPresent(s -> result.add(new LicenseSelection(s, disabled)));
    }
    return violations.size() == before ? Optional.of(result) : Optional.empty();
  }

  private static void disabledPlans(
      JsonNode node, String at, Set<ServicePlanName> into, List<Violation> violations) {
    if (node.isNull()) {
      return;
    }
    if (!node.isArray()) {
      violations.add(
          new Violation(
              LICENSES,
              at + "DisabledPlans must be an array of plan names (empty: the whole package)"));
      return;
    }
    for (JsonNode plan : node) {
      if (!plan.isTextual()) {
        violations.add(new Violation(LICENSES, at + "DisabledPlans must contain plan names"));
        continue;
      }
      try {
        into.add(ServicePlanName.of(plan.asText().trim()));
      } catch (IllegalArgumentException bad) {
        violations.add(new Violation(LICENSES, at + rule(bad)));
      }
    }
  }

  private static Optional<String> text(
      String attribute, String key, JsonNode node, List<Violation> violations) {
    if (!node.isTextual()) {
      violations.add(new Violation(attribute, key + " must be a text"));
      return Optional.empty();
    }
    return Optional.of(node.asText());
  }

  private static Optional<JsonNode> parse(
      String attribute, String text, String shape, List<Violation> violations) {
    try {
      return Optional.of(MAPPER.readTree(text));
    } catch (JsonProcessingException e) {
      var l = e.getLocation();
      violations.add(
          new Violation(
              attribute,
              "must be "
                  + shape
                  + " but is not valid JSON"
                  + (l == null || l.getColumnNr() < 1 ? "" : " (column " + l.getColumnNr() + ")")));
      return Optional.empty();
    }
  }

  /** "'connectorScope' must be …" → "connectorScope must be …". */
  static String rule(IllegalArgumentException e) {
    String m = e.getMessage() == null ? "is invalid" : e.getMessage();
    return m.replaceFirst("^'([^']*)' ", "$1 ");
  }

  static String shorten(String text) {
    String oneLine = text.replaceAll("\\p{Cntrl}", "?");
    return oneLine.length() <= 64 ? oneLine : oneLine.substring(0, 61) + "...";
  }
}
