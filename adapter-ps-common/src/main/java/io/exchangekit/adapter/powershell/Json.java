package io.exchangekit.adapter.powershell;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads PowerShell's JSON: values that may be single or arrays, texts, Booleans. */
final class Json {
  private Json() {}

  /** The elements of an array, or the value itself as one element; none for null/missing. */
  static List<JsonNode> elements(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node == null || node.isNull() || node.isMissingNode()) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(out::add);
    } else {
      out.add(node);
    }
    return out;
  }

  /** A value as Exchange prints it; an object shows its name or its JSON. */
  static Optional<String> text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Optional.empty();
    }
    if (node.isArray()) {
      return node.isEmpty() ? Optional.empty() : text(node.get(0));
    }
    if (node.isObject()) {
      for (String f : List.of("Name", "name", "value", "Value")) {
        if (node.hasNonNull(f)) {
          return Optional.of(node.get(f).asText());
        }
      }
      return Optional.of(node.toString());
    }
    String t = node.asText();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  static List<String> texts(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : elements(node)) {
      text(e).ifPresent(out::add);
    }
    return out;
  }

  /** True/False as JSON Booleans or as the texts True/False. */
  static Optional<Boolean> bool(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Optional.empty();
    }
    if (node.isBoolean()) {
      return Optional.of(node.asBoolean());
    }
    String t = node.asText().trim();
    if (t.equalsIgnoreCase("true")) {
      return Optional.of(true);
    }
    if (t.equalsIgnoreCase("false")) {
      return Optional.of(false);
    }
    return Optional.empty();
  }
}
