package io.exchangekit.core.mailbox;

import io.exchangekit.core.recipient.KnownRecipient;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A change to a multi-valued parameter such as ModeratedBy or a group's members. */
public record MultiValue(ValueOperation operation, List<RecipientIdentity> values) {
  public MultiValue {
    Objects.requireNonNull(operation, "'operation' must not be null");
    values = List.copyOf(values);
  }

  public static MultiValue replace(List<RecipientIdentity> values) {
    return new MultiValue(ValueOperation.REPLACE, values);
  }

  /**
   * The values after this change is applied to {@code current} (identities compare ignoring case).
   */
  public Set<String> applyTo(Set<String> current) {
    Set<String> keys = keys(values);
    Set<String> result = new LinkedHashSet<>();
    switch (operation) {
      case REPLACE -> values.forEach(v -> result.add(v.value()));
      case ADD -> {
        result.addAll(current);
        Set<String> have = lower(current);
        values.stream()
            .filter(v -> !have.contains(key(v.value())))
            .forEach(v -> result.add(v.value()));
      }
      case DELETE -> current.stream().filter(c -> !keys.contains(key(c))).forEach(result::add);
    }
    return result;
  }

  /**
   * What must be sent to bring {@code current} (as Exchange listed it, each value resolved to who
   * it is) to this change: a requested identity that names a listed recipient is already there,
   * whatever form either side uses. Additions keep the request's own form; a DELETE removes by the
   * identity the request gave; a REPLACE removes the recipients no requested identity names by
   * their key, since the request did not name them.
   */
  public Update against(List<KnownRecipient> current) {
    List<String> add = new ArrayList<>();
    List<String> remove = new ArrayList<>();
    if (operation != ValueOperation.DELETE) {
      KnownRecipient.missing(current, values).forEach(v -> add.add(v.value()));
    }
    if (operation == ValueOperation.DELETE) {
      Set<String> seen = new LinkedHashSet<>();
      for (RecipientIdentity r : values) {
        if (current.stream().anyMatch(c -> c.isNamedBy(r)) && seen.add(key(r.value()))) {
          remove.add(r.value());
        }
      }
    } else if (operation == ValueOperation.REPLACE) {
      KnownRecipient.notNamedBy(current, values).forEach(c -> remove.add(c.key()));
    }
    return new Update(add, remove);
  }

  /**
   * The recipients listed after this change is applied to {@code current}: an added identity is
   * known only by the form the request gave until Exchange is read again.
   */
  public List<KnownRecipient> applyTo(List<KnownRecipient> current) {
    List<KnownRecipient> after = new ArrayList<>();
    switch (operation) {
      case REPLACE -> after.addAll(KnownRecipient.namedBy(current, values));
      case ADD -> after.addAll(current);
      case DELETE -> after.addAll(KnownRecipient.notNamedBy(current, values));
    }
    if (operation != ValueOperation.DELETE) {
      KnownRecipient.missing(current, values)
          .forEach(v -> after.add(KnownRecipient.unresolved(v.value())));
    }
    return after;
  }

  /** The values to add and to remove, each in the form to send. */
  public record Update(List<String> add, List<String> remove) {
    public Update {
      add = List.copyOf(add);
      remove = List.copyOf(remove);
    }

    public boolean isEmpty() {
      return add.isEmpty() && remove.isEmpty();
    }
  }

  static String key(String identity) {
    return identity.toLowerCase(Locale.ROOT);
  }

  static Set<String> lower(Set<String> values) {
    return values.stream().map(MultiValue::key).collect(Collectors.toSet());
  }

  private static Set<String> keys(List<RecipientIdentity> values) {
    return values.stream().map(v -> key(v.value())).collect(Collectors.toSet());
  }

  /** Entries of {@code desired} missing from {@code current}, ignoring case. */
  public static List<String> added(Set<String> current, Set<String> desired) {
    Set<String> have = lower(current);
    return desired.stream().filter(d -> !have.contains(key(d))).toList();
  }

  /** Entries of {@code current} missing from {@code desired}, ignoring case. */
  public static List<String> removed(Set<String> current, Set<String> desired) {
    return added(desired, current);
  }

  /**
   * The recipients {@code value} lists when it is a list Exchange printed (a {@link MultiValue}),
   * each known only by its text; empty for any other value.
   */
  public static List<KnownRecipient> printed(Object value) {
    return value instanceof MultiValue m
        ? m.applyTo(Set.<String>of()).stream().map(KnownRecipient::unresolved).toList()
        : List.of();
  }
}
