package io.exchangekit.core.search;

import io.exchangekit.core.recipient.Texts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A read-only recipient query: one of the Get-* cmdlets that list recipients, an optional OPATH
 * filter, the properties to return (empty: the default set), and an optional result size (empty:
 * all). Built only from this structure, never from a script, so nothing but a read can run.
 */
public record SearchQuery(
    String cmdlet, Optional<String> filter, List<String> properties, OptionalInt resultSize) {
  /** The cmdlets a search may run. */
  public static final Set<String> CMDLETS =
      Set.of(
          "Get-Mailbox",
          "Get-User",
          "Get-Recipient",
          "Get-CASMailbox",
          "Get-DistributionGroup",
          "Get-DistributionGroupMember",
          "Get-MailUser",
          "Get-RemoteMailbox");

  private static final Pattern PROPERTY = Pattern.compile("[A-Za-z][A-Za-z0-9]*|\\*");

  public SearchQuery {
    Objects.requireNonNull(cmdlet, "'cmdlet' must not be null");
    Objects.requireNonNull(filter, "'filter' must not be null");
    Objects.requireNonNull(resultSize, "'resultSize' must not be null");
    String known = null;
    for (String c : CMDLETS) {
      if (c.equalsIgnoreCase(cmdlet)) {
        known = c;
      }
    }
    if (known == null) {
      throw new IllegalArgumentException(
          "'searchQuery' may run only the read-only cmdlets "
              + CMDLETS.stream().sorted().toList()
              + " but names '"
              + cmdlet
              + "'");
    }
    cmdlet = known;
    filter.ifPresent(f -> Texts.require(f, "Filter", 4096));
    properties = List.copyOf(properties);
    for (String p : properties) {
      if (!PROPERTY.matcher(p).matches()) {
        throw new IllegalArgumentException(
            "'Select-Object' takes property names (letters and digits) but got '" + p + "'");
      }
    }
    resultSize.ifPresent(
        n -> {
          if (n < 1) {
            throw new IllegalArgumentException("'ResultSize' must be at least 1 but was " + n);
          }
        });
  }

  public static SearchQuery all(String cmdlet) {
    return new SearchQuery(cmdlet, Optional.empty(), List.of(), OptionalInt.empty());
  }
}
