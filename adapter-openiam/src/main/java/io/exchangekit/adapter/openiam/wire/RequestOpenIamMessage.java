package io.exchangekit.adapter.openiam.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** The JSON shape of a request; every field name of the request lives here. */
@JsonPropertyOrder({
  "requestId",
  "operation",
  "objectType",
  "identityName",
  "metaData",
  "attributes",
  "searchQuery",
  "requestedAttributes",
  "dryRun"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
record RequestOpenIamMessage(
    String requestId,
    String operation,
    String objectType,
    String identityName,
    Map<String, JsonNode> metaData,
    List<AttributeOpenIamMessage> attributes,
    String searchQuery,
    List<String> requestedAttributes,
    Boolean dryRun) {}
