package io.exchangekit.adapter.openiam.wire;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * The JSON shape of one step of a dry run's plan: where it goes ({@code EXCHANGE_ON_PREMISES},
 * {@code EXCHANGE_ONLINE}, {@code MICROSOFT_GRAPH}), the cmdlet or Graph call, its parameters and
 * the line as it would be sent, secrets masked.
 */
@JsonPropertyOrder({"target", "operation", "parameters", "line"})
record PlanStepOpenIamMessage(
    String target, String operation, Map<String, Object> parameters, String line) {}
