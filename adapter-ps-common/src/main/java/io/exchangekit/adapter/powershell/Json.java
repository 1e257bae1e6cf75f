package io.exchangekit.adapter.powershell;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PowerShell's JSON as Windows PowerShell 5.1 and PowerShell 7 write it, from a remote
 * session or the Exchange Online module: values that may be single or arrays, texts, Booleans (JSON
 * or text), property bags where a text was expected ({@code {"Name":…}}, {@code
 * {"IsUnlimited":false,"Value":…}}) and dates ({@code "\\/Date(ms)\\/"} or ISO 8601).
 */
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

  /**
   * A value as Exchange prints it. An object (a property bag the serializer wrote where a text was
   * expected) shows its name or its value, {@code Unlimited} for an unlimited quantity, else its
   * JSON.
   */
  static Optional<String> text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Optional.empty();
    }
    if (node.isArray()) {
      return node.isEmpty() ? Optional.empty() : text(node.get(0));
    }
    if (node.isObject()) {
      if (node.path("IsUnlimited").asBoolean(false)) {
        return Optional.of("Unlimited");
      }
      for (String f : List.of("Name", "name", "value", "Value")) {
        if (node.hasNonNull(f)) {
          return text(node.get(f));
        }
      }
      return Optional.of(node.toString());
    }
    String t = node.asText();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /**
   * The texts of a value for a search result: as {@link #texts}, with a Windows PowerShell 5.1 date
   * ({@code /Date(ms)/}) written as ISO 8601 in UTC, as PowerShell 7 and the Exchange Online module
   * print dates.
   */
  static List<String> resultTexts(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (String t : texts(node)) {
      out.add(
          MS_DATE.matcher(t.strip()).matches()
              ? instant(TEXT.textNode(t)).orElseThrow().toString()
              : t);
    }
    return out;
  }

  private static final com.fasterxml.jackson.databind.node.JsonNodeFactory TEXT =
      com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;

  static List<String> texts(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : elements(node)) {
      text(e).ifPresent(out::add);
    }
    return out;
  }

  private static final Pattern MS_DATE = Pattern.compile("^/Date\\((-?\\d+)([+-]\\d{4})?\\)/$");

  /**
   * A date as the serializers write it: {@code /Date(1745531629000)/} (Windows PowerShell 5.1's
   * ConvertTo-Json, milliseconds since 1970 in UTC, an optional offset that does not move the
   * instant) or ISO 8601 with an offset or {@code Z} (PowerShell 7, the Exchange Online REST
   * module); empty for anything else.
   */
  static Optional<Instant> instant(JsonNode node) {
    Optional<String> t = text(node);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    String v = t.get().strip();
    Matcher m = MS_DATE.matcher(v);
    if (m.matches()) {
      return Optional.of(Instant.ofEpochMilli(Long.parseLong(m.group(1))));
    }
    try {
      return Optional.of(OffsetDateTime.parse(v).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
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
