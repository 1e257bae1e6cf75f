package io.exchangekit.adapter.openiam.mapping;

import io.exchangekit.core.error.ValidationException;
import io.exchangekit.core.error.Violation;
import io.exchangekit.core.mode.Warning;
import java.util.ArrayList;
import java.util.List;

/**
 * What mapping one request found wrong: warnings (attributes ignored) and violations (attributes
 * that break a rule), in the order found. Not thread-safe; one per request.
 */
final class Problems {
  private final List<Warning> warnings = new ArrayList<>();
  private final List<Violation> violations = new ArrayList<>();

  void warn(String attribute, String reason) {
    warnings.add(new Warning(attribute, reason));
  }

  void violate(String attribute, String rule) {
    violations.add(new Violation(attribute, rule));
  }

  void addAll(List<Violation> more) {
    violations.addAll(more);
  }

  /** Takes over everything {@code other} found, after what this one found. */
  void merge(Problems other) {
    warnings.addAll(other.warnings);
    violations.addAll(other.violations);
  }

  /** How many violations were found so far, to tell whether a step added any. */
  int violationCount() {
    return violations.size();
  }

  boolean hasViolations() {
    return !violations.isEmpty();
  }

  List<Warning> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * Finishes a part of the request whose violations a use case reports itself (together with what
   * the mode requires, as a command's {@code rejected} values): the warnings move to {@code
   * request}; the violations are returned, unless {@code request} has violations already, in which
   * case nothing can be planned and they move there too, to be reported at once.
   *
   * @return the violations for the command's {@code rejected} list; empty when they moved
   */
  List<Violation> finishAsRejected(Problems request) {
    request.warnings.addAll(warnings);
    List<Violation> rejected = List.copyOf(violations);
    if (request.hasViolations()) {
      request.violations.addAll(rejected);
      rejected = List.of();
    }
    warnings.clear();
    violations.clear();
    return rejected;
  }

  /**
   * @throws ValidationException with every violation, when there is one
   */
  void throwIfViolated() {
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }
}
