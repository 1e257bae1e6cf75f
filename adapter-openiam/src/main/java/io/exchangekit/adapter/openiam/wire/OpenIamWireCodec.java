package io.exchangekit.adapter.openiam.wire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.recipient.Secret;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The JSON wire codec of the OpenIAM connector protocol (documented in {@code
 * docs/openiam-wire-format.md}): request text ↔ {@link OpenIamRequest}, {@link OpenIamResponse} ↔
 * response text. Field names are matched ignoring case; unknown fields are ignored. Error messages
 * name fields and positions, never the values, so a secret in a malformed request is not echoed.
 * Thread-safe.
 */
public final class OpenIamWireCodec {
  private static final Map<String, OpenIamOperation> OPERATIONS = operations();

  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  /**
   * Decodes one request.
   *
   * @param json the request text; may be null or malformed
   * @return the request; never null
   * @throws OpenIamRequestException naming what is wrong (never a value), with the request id when
   *     it could be read
   */
  public OpenIamRequest decodeRequest(String json) {
    if (json == null || json.isBlank()) {
      throw new OpenIamRequestException(OpenIamErrorCode.MALFORMED_REQUEST, "request is empty");
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new OpenIamRequestException(
          OpenIamErrorCode.MALFORMED_REQUEST, "request is not valid JSON" + where(e));
    }
    if (tree == null || !tree.isObject()) {
      throw new OpenIamRequestException(
          OpenIamErrorCode.MALFORMED_REQUEST, "request must be a JSON object");
    }
    Optional<String> requestId = peekRequestId((ObjectNode) tree);
    try {
      RequestOpenIamMessage message = mapper.treeToValue(tree, RequestOpenIamMessage.class);
      return toModel(message, requestId);
    } catch (JsonMappingException e) {
      throw new OpenIamRequestException(
              OpenIamErrorCode.MALFORMED_REQUEST, "field '" + path(e) + "' has the wrong type")
          .withRequestId(requestId);
    } catch (JsonProcessingException e) {
      throw new OpenIamRequestException(
              OpenIamErrorCode.MALFORMED_REQUEST, "request is not valid JSON" + where(e))
          .withRequestId(requestId);
    } catch (OpenIamRequestException e) {
      throw e.withRequestId(requestId);
    }
  }

  /**
   * Encodes a request (the password included: this is what a sender writes).
   *
   * @param request never null
   * @return the JSON text; never null
   */
  public String encodeRequest(OpenIamRequest request) {
    Map<String, JsonNode> meta = new LinkedHashMap<>();
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    request.metaData().values().forEach((k, v) -> meta.put(k, nodes.textNode(v)));
    request.metaData().password().ifPresent(p -> meta.put("password", nodes.textNode(p.reveal())));
    List<AttributeOpenIamMessage> attributes = new ArrayList<>();
    for (OpenIamAttribute a : request.attributes()) {
      List<JsonNode> values = new ArrayList<>();
      for (OpenIamValue v : a.values()) {
        if (v.operation() == a.operation()) {
          values.add(nodes.textNode(v.value()));
        } else {
          ObjectNode o = nodes.objectNode();
          o.put("value", v.value());
          o.put("operation", v.operation().name());
          values.add(o);
        }
      }
      attributes.add(
          new AttributeOpenIamMessage(
              a.name(), values, null, nodes.textNode(a.operation().name())));
    }
    RequestOpenIamMessage message =
        new RequestOpenIamMessage(
            request.requestId().orElse(null),
            request.operation().name(),
            request.objectType().map(Enum::name).orElse(null),
            request.identityName().orElse(null),
            meta.isEmpty() ? null : meta,
            attributes,
            request.searchQuery().orElse(null),
            request.requestedAttributes().isEmpty() ? null : request.requestedAttributes(),
            request.dryRun() ? Boolean.TRUE : null);
    return write(message);
  }

  /**
   * Encodes a response.
   *
   * @param response never null
   * @return the JSON text; never null
   */
  public String encodeResponse(OpenIamResponse response) {
    return write(message(response));
  }

  /**
   * Starts a response that is written while it is produced, for a SEARCH whose objects arrive one
   * by one: the request id and the opening of {@code objects} are written at once, each {@link
   * StreamedResponse#object} as it comes, and {@link StreamedResponse#finish} closes the list and
   * writes every other field (status, messages …), which are known only at the end. The text is one
   * JSON object without a line break, as {@link #encodeResponse} writes, with its fields in another
   * order.
   *
   * @param out where the text goes; flushed now and then, never closed
   * @param requestId the request's id; never null
   * @throws IOException when {@code out} fails
   */
  public StreamedResponse streamResponse(Writer out, Optional<String> requestId)
      throws IOException {
    return new StreamedResponse(this, mapper, out, requestId);
  }

  /** The response as its JSON shape. */
  ResponseOpenIamMessage message(OpenIamResponse response) {
    return new ResponseOpenIamMessage(
        response.requestId().orElse(null),
        response.status().name(),
        response.errorCode().map(OpenIamErrorCode::wireName).orElse(null),
        response.errorMessages(),
        response.messages(),
        response.warnings(),
        response.pending(),
        response.completedSteps(),
        response.dryRun(),
        response.plan().orElse(null),
        response.retryable(),
        response.objects().stream()
            .map(o -> new ObjectOpenIamMessage(o.identityName(), o.attributes()))
            .toList(),
        response.planSteps().isEmpty()
            ? null
            : response.planSteps().stream()
                .map(
                    p ->
                        new PlanStepOpenIamMessage(
                            p.target().name(), p.operation(), p.parameters(), p.line()))
                .toList());
  }

  /**
   * Decodes a response, for clients and tests.
   *
   * @throws OpenIamRequestException when the text is not a response
   */
  public OpenIamResponse decodeResponse(String json) {
    ResponseOpenIamMessage m;
    try {
      m = mapper.readValue(json, ResponseOpenIamMessage.class);
    } catch (JsonProcessingException e) {
      throw new OpenIamRequestException(
          OpenIamErrorCode.MALFORMED_REQUEST, "response is not valid JSON" + where(e));
    }
    try {
      OpenIamStatus status = OpenIamStatus.valueOf(text(m.status(), "status"));
      Optional<OpenIamErrorCode> code =
          Optional.ofNullable(m.errorCode())
              .map(
                  c ->
                      Arrays.stream(OpenIamErrorCode.values())
                          .filter(v -> v.wireName().equals(c))
                          .findFirst()
                          .orElseThrow(() -> new IllegalArgumentException("errorCode unknown")));
      return new OpenIamResponse(
          Optional.ofNullable(m.requestId()),
          status,
          code,
          list(m.errorMessages()),
          list(m.messages()),
          list(m.warnings()),
          list(m.pending()),
          list(m.completedSteps()),
          Optional.ofNullable(m.plan()),
          m.dryRun(),
          m.retryable(),
          list(m.objects()).stream()
              .map(o -> new OpenIamObject(o.identityName(), o.attributes()))
              .toList(),
          list(m.planSteps()).stream()
              .map(
                  p ->
                      new PlannedStep(
                          PlannedStep.Target.valueOf(text(p.target(), "planSteps.target")),
                          text(p.operation(), "planSteps.operation"),
                          p.parameters() == null ? Map.of() : p.parameters(),
                          text(p.line(), "planSteps.line")))
              .toList());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new OpenIamRequestException(
          OpenIamErrorCode.MALFORMED_REQUEST, "not a response: " + e.getMessage());
    }
  }

  private static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String text(String value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return value;
  }

  private String write(Object message) {
    try {
      return mapper.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + message.getClass().getSimpleName(), e);
    }
  }

  private static OpenIamRequest toModel(RequestOpenIamMessage m, Optional<String> requestId) {
    OpenIamOperation operation = operation(m.operation());
    Optional<OpenIamObjectType> type =
        Optional.ofNullable(blankToNull(m.objectType())).map(t -> objectType(t));
    List<OpenIamAttribute> attributes = new ArrayList<>();
    List<AttributeOpenIamMessage> given = m.attributes() == null ? List.of() : m.attributes();
    for (int i = 0; i < given.size(); i++) {
      if (given.get(i) != null) {
        attributes.add(attribute(given.get(i), "attributes[" + i + "]"));
      }
    }
    List<String> requested = new ArrayList<>();
    if (m.requestedAttributes() != null) {
      for (String r : m.requestedAttributes()) {
        if (r != null && !r.isBlank()) {
          requested.add(r.trim());
        }
      }
    }
    return new OpenIamRequest(
        requestId,
        operation,
        type,
        Optional.ofNullable(blankToNull(m.identityName())),
        metaData(m.metaData()),
        attributes,
        Optional.ofNullable(blankToNull(m.searchQuery())),
        requested,
        Boolean.TRUE.equals(m.dryRun()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static OpenIamOperation operation(String text) {
    if (text == null || text.isBlank()) {
      throw new OpenIamRequestException(
          OpenIamErrorCode.MALFORMED_REQUEST,
          "operation is required; it must be one of " + operationNames());
    }
    OpenIamOperation op = OPERATIONS.get(text.trim().toUpperCase(Locale.ROOT));
    if (op == null) {
      throw new OpenIamRequestException(
          OpenIamErrorCode.UNSUPPORTED_OPERATION,
          "operation must be one of " + operationNames() + " but was '" + shorten(text) + "'");
    }
    return op;
  }

  private static String operationNames() {
    return Arrays.stream(OpenIamOperation.values())
        .map(Enum::name)
        .collect(Collectors.joining(", "));
  }

  private static OpenIamObjectType objectType(String text) {
    for (OpenIamObjectType t : OpenIamObjectType.values()) {
      if (t.name().equalsIgnoreCase(text.trim())) {
        return t;
      }
    }
    throw new OpenIamRequestException(
        OpenIamErrorCode.MALFORMED_REQUEST,
        "objectType must be one of USER, GROUP but was '" + shorten(text) + "'");
  }

  private static OpenIamAttribute attribute(AttributeOpenIamMessage a, String where) {
    if (a.name() == null || a.name().isBlank()) {
      throw new OpenIamRequestException(
          OpenIamErrorCode.MALFORMED_REQUEST, where + ".name is required");
    }
    String name = a.name().trim();
    AttributeOperation operation =
        attributeOperation(a.operation(), where + ".operation")
            .orElse(AttributeOperation.NO_CHANGE);
    if (a.value() != null && !a.value().isNull() && a.values() != null) {
      throw new OpenIamRequestException(
          OpenIamErrorCode.MALFORMED_REQUEST,
          where + " (" + name + ") has both value and values; give one of them");
    }
    List<JsonNode> raw = new ArrayList<>();
    if (a.values() != null) {
      raw.addAll(a.values());
    } else if (a.value() != null) {
      raw.add(a.value());
    }
    List<OpenIamValue> values = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      JsonNode v = raw.get(i);
      String at = where + ".values[" + i + "] (" + name + ")";
      if (v == null || v.isNull()) {
        continue; // OpenIAM sends null for values that are not set
      }
      if (v.isObject()) {
        JsonNode text = field(v, "value");
        if (text == null || text.isNull()) {
          continue;
        }
        values.add(
            new OpenIamValue(
                scalar(text, at + ".value"),
                attributeOperation(field(v, "operation"), at + ".operation").orElse(operation)));
      } else {
        values.add(new OpenIamValue(scalar(v, at), operation));
      }
    }
    return new OpenIamAttribute(name, operation, values);
  }

  private static JsonNode field(JsonNode object, String name) {
    var it = object.fields();
    while (it.hasNext()) {
      var e = it.next();
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String scalar(JsonNode v, String where) {
    if (!v.isValueNode()) {
      throw new OpenIamRequestException(
          OpenIamErrorCode.MALFORMED_REQUEST, where + " must be a text, number or boolean");
    }
    return v.asText();
  }

  private static Optional<AttributeOperation> attributeOperation(JsonNode node, String where) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isIntegralNumber()) {
      int code = node.asInt();
      if (code == -1) {
        return Optional.empty(); // OpenIAM 3.x's "not set"
      }
      for (AttributeOperation op : AttributeOperation.values()) {
        if (op.code() == code) {
          return Optional.of(op);
        }
      }
    } else if (node.isTextual()) {
      String t = node.asText().trim().replace('-', '_');
      if (t.isEmpty()) {
        return Optional.empty();
      }
      for (AttributeOperation op : AttributeOperation.values()) {
        if (op.name().equalsIgnoreCase(t) || op.name().replace("_", "").equalsIgnoreCase(t)) {
          return Optional.of(op);
        }
      }
    }
    throw new OpenIamRequestException(
        OpenIamErrorCode.MALFORMED_REQUEST,
        where
            + " must be one of NO_CHANGE, ADD, REPLACE, DELETE (or 0 to 3) but was '"
            + shorten(node.asText())
            + "'");
  }

  private static OpenIamMetaData metaData(Map<String, JsonNode> raw) {
    if (raw == null) {
      return OpenIamMetaData.EMPTY;
    }
    Map<String, String> values = new LinkedHashMap<>();
    Optional<Secret> password = Optional.empty();
    for (Map.Entry<String, JsonNode> e : raw.entrySet()) {
      JsonNode v = e.getValue();
      if (v == null || v.isNull()) {
        continue;
      }
      String where = "metaData." + e.getKey();
      String text = scalar(v, where);
      if (e.getKey().equalsIgnoreCase("password")) {
        if (!text.isEmpty()) {
          try {
            password = Optional.of(Secret.of(text));
          } catch (IllegalArgumentException bad) {
            throw new OpenIamRequestException(
                OpenIamErrorCode.MALFORMED_REQUEST,
                where + " must not contain CR, LF or NUL characters");
          }
        }
      } else {
        values.put(e.getKey(), text);
      }
    }
    return new OpenIamMetaData(values, password);
  }

  private static Optional<String> peekRequestId(ObjectNode tree) {
    JsonNode id = field(tree, "requestId");
    return id != null && id.isValueNode() && !id.isNull() && !id.asText().isBlank()
        ? Optional.of(shorten(id.asText()))
        : Optional.empty();
  }

  private static String where(JsonProcessingException e) {
    JsonLocation l = e.getLocation();
    return l == null || l.getLineNr() < 1
        ? ""
        : " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
  }

  private static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.length() == 0 ? "(root)" : b.toString();
  }

  /** Echoed texts (never secrets) are cut to keep responses and logs bounded. */
  static String shorten(String text) {
    String oneLine = text.replaceAll("\\p{Cntrl}", "?");
    return oneLine.length() <= 64 ? oneLine : oneLine.substring(0, 61) + "...";
  }

  private static Map<String, OpenIamOperation> operations() {
    Map<String, OpenIamOperation> m = new LinkedHashMap<>();
    for (OpenIamOperation op : OpenIamOperation.values()) {
      m.put(op.name(), op);
    }
    // OpenIAM 3.x names: ADD and MODIFY became SAVE in 4.x.
    m.put("ADD", OpenIamOperation.SAVE);
    m.put("MODIFY", OpenIamOperation.SAVE);
    m.put("RESETPASSWORD", OpenIamOperation.RESET_PASSWORD);
    return Map.copyOf(m);
  }
}
