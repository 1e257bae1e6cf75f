package io.exchangekit.adapter.openiam.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.error.ValidationException;
import io.exchangekit.core.error.Violation;
import io.exchangekit.core.mode.Warning;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {
  private static Problems settingsProblems() {
    Problems found = new Problems();
    found.warn("Login", "ignored: not a mailbox parameter");
    found.violate("Alias", "must not contain spaces");
    return found;
  }

  @Test
  void givenARequestWithoutViolations_finishAsRejected_returnsTheViolationsAndMovesTheWarnings() {
    Problems request = new Problems();
    Problems found = settingsProblems();

    List<Violation> rejected = found.finishAsRejected(request);

    assertEquals(List.of(new Violation("Alias", "must not contain spaces")), rejected);
    assertEquals(
        List.of(new Warning("Login", "ignored: not a mailbox parameter")), request.warnings());
    assertFalse(request.hasViolations());
    assertEquals(List.of(), found.warnings());
    assertEquals(0, found.violationCount());
  }

  @Test
  void givenARequestWithViolations_finishAsRejected_movesEverythingThereAndRejectsNothing() {
    Problems request = new Problems();
    request.violate("ConnectorModeSettings", "must be a JSON object");
    Problems found = settingsProblems();

    List<Violation> rejected = found.finishAsRejected(request);

    assertEquals(List.of(), rejected);
    assertEquals(
        List.of("ConnectorModeSettings: must be a JSON object", "Alias: must not contain spaces"),
        assertThrows(ValidationException.class, request::throwIfViolated).violations().stream()
            .map(Violation::toString)
            .toList());
    assertEquals(1, request.warnings().size());
  }

  @Test
  void givenTwoAccumulators_merge_keepsWhatEachFoundInOrder() {
    Problems first = new Problems();
    first.warn("A", "ignored");
    first.violate("B", "is required");
    Problems second = settingsProblems();

    first.merge(second);

    assertEquals(
        List.of(
            new Warning("A", "ignored"), new Warning("Login", "ignored: not a mailbox parameter")),
        first.warnings());
    assertEquals(2, first.violationCount());
    assertTrue(first.hasViolations());
  }

  @Test
  void givenWarningsOnly_throwIfViolated_doesNotThrowAndKeepsTheWarnings() {
    Problems problems = new Problems();
    problems.warn("ObjectGUID", "ignored: not a mailbox parameter");

    problems.throwIfViolated();

    assertEquals(1, problems.warnings().size());
    assertFalse(problems.hasViolations());
  }
}
