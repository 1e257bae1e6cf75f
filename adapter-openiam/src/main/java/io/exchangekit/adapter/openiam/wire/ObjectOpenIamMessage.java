package io.exchangekit.adapter.openiam.wire;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** The JSON shape of one SEARCH result: attribute name → texts, or null when absent. */
@JsonPropertyOrder({"identityName", "attributes"})
record ObjectOpenIamMessage(String identityName, Map<String, List<String>> attributes) {}
