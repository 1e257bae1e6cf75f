package io.exchangekit.core.group;

import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.recipient.KnownRecipient;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A distribution group as Exchange reports it: its values (multi-valued ones as REPLACE changes),
 * its members and the recipients its ManagedBy and ModeratedBy list, each resolved to who it is.
 *
 * @param listed the recipients of ManagedBy and ModeratedBy as the state read resolved them; a
 *     parameter missing here is known by the values printed in {@code values}
 */
public record GroupState(
    DistributionGroupSettings values,
    List<KnownRecipient> members,
    Map<GroupParameter, List<KnownRecipient>> listed) {
  public GroupState {
    Objects.requireNonNull(values, "'values' must not be null");
    members = List.copyOf(members);
    listed =
        listed.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  /** A group whose members and listed recipients are known only by their printed texts. */
  public GroupState(DistributionGroupSettings values, Set<String> members) {
    this(values, members.stream().map(KnownRecipient::unresolved).toList(), Map.of());
  }

  /** The recipients {@code parameter} (ManagedBy, ModeratedBy or Members) lists now. */
  public List<KnownRecipient> recipients(GroupParameter parameter) {
    if (parameter == GroupParameter.MEMBERS) {
      return members;
    }
    List<KnownRecipient> resolved = listed.get(parameter);
    if (resolved != null) {
      return resolved;
    }
    return values.value(parameter).map(MultiValue::printed).orElse(List.of());
  }
}
