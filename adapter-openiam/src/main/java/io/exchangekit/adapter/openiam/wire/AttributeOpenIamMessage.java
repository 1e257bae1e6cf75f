package io.exchangekit.adapter.openiam.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The JSON shape of one attribute: {@code name}, {@code values} (texts, or objects {@code
 * {"value":…,"operation":…}} for per-value operations), or a single {@code value}, and an optional
 * {@code operation} (a name or OpenIAM's integer code).
 */
@JsonPropertyOrder({"name", "values", "value", "operation"})
@JsonInclude(JsonInclude.Include.NON_NULL)
record AttributeOpenIamMessage(
    String name, List<JsonNode> values, JsonNode value, JsonNode operation) {}
