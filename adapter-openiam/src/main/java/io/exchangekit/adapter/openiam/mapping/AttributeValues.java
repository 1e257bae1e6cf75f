package io.exchangekit.adapter.openiam.mapping;

import io.exchangekit.adapter.openiam.model.AttributeOperation;
import io.exchangekit.adapter.openiam.model.OpenIamValue;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mailbox.ValueOperation;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the values of one attribute, for users and groups alike. */
final class AttributeValues {
  private AttributeValues() {}

  /**
   * The texts of a single-valued attribute: its values except DELETE ones and empty texts; empty
   * when nothing is left (a DELETE-only attribute gets a warning: clearing is not supported).
   */
  static Optional<List<String>> singleTexts(Attributes.Group g, Problems problems) {
    List<String> texts = new ArrayList<>();
    boolean deleted = false;
    for (OpenIamValue v : g.values()) {
      if (v.operation() == AttributeOperation.DELETE) {
        deleted = true;
      } else if (!v.value().isEmpty()) {
        texts.add(v.value());
      }
    }
    if (texts.isEmpty()) {
      if (deleted || g.operation() == AttributeOperation.DELETE) {
        problems.warn(g.name(), "ignored: clearing a single-valued attribute is not supported");
      }
      return Optional.empty();
    }
    return Optional.of(texts);
  }

  /**
   * A multi-valued change, and for Members the identities to remove after additions.
   *
   * @param removals empty unless ADD and DELETE values were split
   */
  record Change(MultiValue main, List<RecipientIdentity> removals) {
    Change(MultiValue main) {
      this(main, List.of());
    }
  }

  /**
   * Reads ModeratedBy, ManagedBy or Members: values with one operation map to that operation
   * (NO_CHANGE as REPLACE); a mix that includes REPLACE or NO_CHANGE values is the full list
   * (REPLACE with every value but the DELETE ones); ADD mixed with DELETE is split into an ADD and
   * removals where {@code splitAllowed} (Members), and is a violation elsewhere.
   */
  static Optional<Change> multiValue(Attributes.Group g, boolean splitAllowed, Problems problems) {
    String name = g.canonicalName();
    List<RecipientIdentity> add = new ArrayList<>();
    List<RecipientIdentity> delete = new ArrayList<>();
    List<RecipientIdentity> keep = new ArrayList<>();
    Set<ValueOperation> ops = EnumSet.noneOf(ValueOperation.class);
    int before = problems.violationCount();
    for (OpenIamValue v : g.values()) {
      if (v.value().isBlank()) {
        continue;
      }
      RecipientIdentity id;
      try {
        id = RecipientIdentity.of(v.value().trim());
      } catch (IllegalArgumentException e) {
        problems.violate(name, JsonAttributes.rule(e).replaceFirst("^Identity ", "each value "));
        continue;
      }
      switch (v.operation()) {
        case ADD -> {
          add.add(id);
          ops.add(ValueOperation.ADD);
        }
        case DELETE -> {
          delete.add(id);
          ops.add(ValueOperation.DELETE);
        }
        default -> {
          keep.add(id);
          ops.add(ValueOperation.REPLACE);
        }
      }
    }
    if (problems.violationCount() > before) {
      return Optional.empty();
    }
    if (ops.isEmpty()) {
      AttributeOperation op = g.operation();
      return op == AttributeOperation.REPLACE || op == AttributeOperation.DELETE
          ? Optional.of(new Change(MultiValue.replace(List.of())))
          : Optional.empty();
    }
    if (ops.contains(ValueOperation.REPLACE)) {
      List<RecipientIdentity> all = new ArrayList<>(keep);
      all.addAll(add);
      return Optional.of(new Change(MultiValue.replace(all)));
    }
    if (ops.size() == 1) {
      ValueOperation op = ops.iterator().next();
      return Optional.of(new Change(new MultiValue(op, op == ValueOperation.ADD ? add : delete)));
    }
    if (splitAllowed) {
      return Optional.of(new Change(new MultiValue(ValueOperation.ADD, add), delete));
    }
    problems.violate(
        name,
        "cannot ADD and DELETE values in one request; send the full list (REPLACE, or the"
            + " kept values with NO_CHANGE)");
    return Optional.empty();
  }
}
