package io.exchangekit.adapter.openiam.model;

import io.exchangekit.core.plan.PlannedStep;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one request.
 *
 * @param requestId the request's id, when it could be read; never null
 * @param status SUCCESS, FAILURE or PENDING; never null
 * @param errorCode set exactly when the status is FAILURE; never null
 * @param errorMessages what went wrong, one entry per problem (every violation of an invalid
 *     request); never null
 * @param messages what was done (e.g. the version a TEST reached); never null
 * @param warnings parameters ignored in the current mode, and other notes; never null
 * @param pending settings not applied yet, because the Exchange Online mailbox does not exist yet;
 *     never null
 * @param completedSteps the steps that ran, also when a later step failed; never null
 * @param plan for a dry run, the lines that would be sent (one per step, as the adapter that would
 *     run it renders it), secrets masked; never null
 * @param dryRun true when nothing was changed because the request asked for a dry run
 * @param retryable true when repeating the request later may succeed
 * @param objects for SEARCH, the objects found; never null
 * @param planSteps for a dry run, the same steps structured: target, cmdlet or Graph call,
 *     parameters and line, secrets masked; empty otherwise; never null
 */
public record OpenIamResponse(
    Optional<String> requestId,
    OpenIamStatus status,
    Optional<OpenIamErrorCode> errorCode,
    List<String> errorMessages,
    List<String> messages,
    List<String> warnings,
    List<String> pending,
    List<String> completedSteps,
    Optional<String> plan,
    boolean dryRun,
    boolean retryable,
    List<OpenIamObject> objects,
    List<PlannedStep> planSteps) {
  public OpenIamResponse {
    Objects.requireNonNull(requestId, "'requestId' must not be null");
    Objects.requireNonNull(status, "'status' must not be null");
    Objects.requireNonNull(errorCode, "'errorCode' must not be null");
    if (errorCode.isPresent() != (status == OpenIamStatus.FAILURE)) {
      throw new IllegalArgumentException("an error code goes with FAILURE and only with FAILURE");
    }
    errorMessages = List.copyOf(errorMessages);
    messages = List.copyOf(messages);
    warnings = List.copyOf(warnings);
    pending = List.copyOf(pending);
    completedSteps = List.copyOf(completedSteps);
    Objects.requireNonNull(plan, "'plan' must not be null");
    objects = List.copyOf(objects);
    planSteps = List.copyOf(planSteps);
  }

  /** A response without structured plan steps (anything but a dry run). */
  public OpenIamResponse(
      Optional<String> requestId,
      OpenIamStatus status,
      Optional<OpenIamErrorCode> errorCode,
      List<String> errorMessages,
      List<String> messages,
      List<String> warnings,
      List<String> pending,
      List<String> completedSteps,
      Optional<String> plan,
      boolean dryRun,
      boolean retryable,
      List<OpenIamObject> objects) {
    this(
        requestId,
        status,
        errorCode,
        errorMessages,
        messages,
        warnings,
        pending,
        completedSteps,
        plan,
        dryRun,
        retryable,
        objects,
        List.of());
  }

  /** A failure with its code and messages. */
  public static OpenIamResponse failure(
      Optional<String> requestId, OpenIamErrorCode code, List<String> errorMessages) {
    return new OpenIamResponse(
        requestId,
        OpenIamStatus.FAILURE,
        Optional.of(code),
        errorMessages,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        false,
        false,
        List.of());
  }
}
