package io.exchangekit.adapter.openiam.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The JSON shape of a response; every field name of the response lives here. */
@JsonPropertyOrder({
  "requestId",
  "status",
  "errorCode",
  "errorMessages",
  "messages",
  "warnings",
  "pending",
  "completedSteps",
  "dryRun",
  "plan",
  "retryable",
  "objects",
  "planSteps"
})
record ResponseOpenIamMessage(
    String requestId,
    String status,
    String errorCode,
    List<String> errorMessages,
    List<String> messages,
    List<String> warnings,
    List<String> pending,
    List<String> completedSteps,
    boolean dryRun,
    String plan,
    boolean retryable,
    List<ObjectOpenIamMessage> objects,
    // only dry runs have it, so other responses keep their documented shape
    @JsonInclude(JsonInclude.Include.NON_NULL) List<PlanStepOpenIamMessage> planSteps) {}
