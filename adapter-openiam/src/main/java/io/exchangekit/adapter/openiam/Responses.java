package io.exchangekit.adapter.openiam;

import io.exchangekit.adapter.openiam.model.OpenIamErrorCode;
import io.exchangekit.adapter.openiam.model.OpenIamObject;
import io.exchangekit.adapter.openiam.model.OpenIamRequestException;
import io.exchangekit.adapter.openiam.model.OpenIamResponse;
import io.exchangekit.adapter.openiam.model.OpenIamStatus;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.mode.Warning;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.ports.in.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds responses from outcomes, search records and failures. */
final class Responses {
  static final String PENDING_MESSAGE =
      "Exchange Online is creating the mailbox, which can take up to 24 hours; send the pending"
          + " settings again once it exists";

  private Responses() {}

  /** SUCCESS or PENDING from one or more outcomes of one request (DRY_RUN: SUCCESS + plan). */
  static OpenIamResponse fromOutcomes(
      Optional<String> requestId, List<Warning> mappingWarnings, List<Outcome> outcomes) {
    List<String> warnings = new ArrayList<>();
    mappingWarnings.forEach(w -> warnings.add(w.toString()));
    List<String> pending = new ArrayList<>();
    List<String> steps = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    List<PlannedStep> plan = new ArrayList<>();
    boolean dryRun = false;
    boolean isPending = false;
    for (Outcome o : outcomes) {
      o.warnings().forEach(w -> warnings.add(w.toString()));
      pending.addAll(o.pending());
      steps.addAll(o.completedSteps());
      if (o.status() == Outcome.Status.DRY_RUN) {
        dryRun = true;
        plan.addAll(o.rendered());
      }
      if (o.status() == Outcome.Status.PENDING) {
        isPending = true;
      }
    }
    if (dryRun) {
      messages.add(
          plan.isEmpty()
              ? "dry run: nothing would change"
              : "dry run: nothing was changed; the plan lists what would run");
    } else if (isPending) {
      messages.add(PENDING_MESSAGE);
    } else if (steps.isEmpty()) {
      messages.add("nothing to change: the target already matches the request");
    }
    return new OpenIamResponse(
        requestId,
        isPending && !dryRun ? OpenIamStatus.PENDING : OpenIamStatus.SUCCESS,
        Optional.empty(),
        List.of(),
        messages,
        warnings,
        pending,
        steps,
        dryRun ? Optional.of(String.join("\n", PlannedStep.lines(plan))) : Optional.empty(),
        dryRun,
        false,
        List.of(),
        plan);
  }

  static OpenIamResponse tested(Optional<String> requestId, Scope scope, ExchangeVersion version) {
    return new OpenIamResponse(
        requestId,
        OpenIamStatus.SUCCESS,
        Optional.empty(),
        List.of(),
        List.of("connected to " + version.productName() + " (" + scope.settingValue() + " scope)"),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        false,
        false,
        List.of());
  }

  static OpenIamResponse found(
      Optional<String> requestId, List<Warning> mappingWarnings, List<OpenIamObject> objects) {
    return found(requestId, mappingWarnings, objects.size(), objects);
  }

  /** A search's response without its objects, which were written as they came. */
  static OpenIamResponse found(
      Optional<String> requestId, List<Warning> mappingWarnings, long count) {
    return found(requestId, mappingWarnings, count, List.of());
  }

  private static OpenIamResponse found(
      Optional<String> requestId,
      List<Warning> mappingWarnings,
      long count,
      List<OpenIamObject> objects) {
    return new OpenIamResponse(
        requestId,
        OpenIamStatus.SUCCESS,
        Optional.empty(),
        List.of(),
        List.of(count + (count == 1 ? " object" : " objects") + " found"),
        mappingWarnings.stream().map(Warning::toString).toList(),
        List.of(),
        List.of(),
        Optional.empty(),
        false,
        false,
        objects);
  }

  /** The response with one more message, e.g. that a failed search's object list is partial. */
  static OpenIamResponse withMessage(OpenIamResponse r, String message) {
    List<String> messages = new ArrayList<>(r.messages());
    messages.add(message);
    return new OpenIamResponse(
        r.requestId(),
        r.status(),
        r.errorCode(),
        r.errorMessages(),
        messages,
        r.warnings(),
        r.pending(),
        r.completedSteps(),
        r.plan(),
        r.dryRun(),
        r.retryable(),
        r.objects(),
        r.planSteps());
  }

  /**
   * One search result with the requested attributes (matched ignoring case): a list of texts, or
   * null when the object has no such attribute. Without requested attributes, every property.
   */
  static OpenIamObject object(RecipientRecord record, List<String> requested) {
    if (requested.isEmpty()) {
      return new OpenIamObject(record.identity(), record.properties());
    }
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    record.properties().forEach((k, v) -> byKey.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    for (String name : requested) {
      attributes.putIfAbsent(name, byKey.get(name.toLowerCase(Locale.ROOT)));
    }
    return new OpenIamObject(record.identity(), attributes);
  }

  static OpenIamResponse failure(Optional<String> requestId, ExchangeConnectorException e) {
    ErrorTable row = ErrorTable.of(e);
    return new OpenIamResponse(
        requestId,
        OpenIamStatus.FAILURE,
        Optional.of(row.code()),
        ErrorTable.messages(e),
        List.of(),
        List.of(),
        List.of(),
        e.completedSteps(),
        Optional.empty(),
        false,
        e.isRetryable(),
        List.of());
  }

  static OpenIamResponse failure(Optional<String> requestId, OpenIamRequestException e) {
    return OpenIamResponse.failure(e.requestId().or(() -> requestId), e.errorCode(), e.messages());
  }

  static OpenIamResponse failure(
      Optional<String> requestId, OpenIamErrorCode code, String message) {
    return OpenIamResponse.failure(requestId, code, List.of(message));
  }

  /** Replaces every occurrence of a secret in every text of a response with {@code ****}. */
  static OpenIamResponse scrub(OpenIamResponse r, List<String> secrets) {
    if (secrets.isEmpty()) {
      return r;
    }
    return new OpenIamResponse(
        r.requestId().map(t -> scrub(t, secrets)),
        r.status(),
        r.errorCode(),
        scrub(r.errorMessages(), secrets),
        scrub(r.messages(), secrets),
        scrub(r.warnings(), secrets),
        scrub(r.pending(), secrets),
        scrub(r.completedSteps(), secrets),
        r.plan().map(t -> scrub(t, secrets)),
        r.dryRun(),
        r.retryable(),
        r.objects(),
        r.planSteps().stream()
            .map(
                p ->
                    new PlannedStep(
                        p.target(), p.operation(), p.parameters(), scrub(p.line(), secrets)))
            .toList());
  }

  private static List<String> scrub(List<String> texts, List<String> secrets) {
    return texts.stream().map(t -> scrub(t, secrets)).collect(Collectors.toList());
  }

  static String scrub(String text, List<String> secrets) {
    String result = text;
    for (String s : secrets) {
      if (!s.isEmpty()) {
        result = result.replace(s, "****");
      }
    }
    return result;
  }
}
