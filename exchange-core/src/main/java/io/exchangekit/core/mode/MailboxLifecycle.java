package io.exchangekit.core.mode;

import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.plan.Cmdlet;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How one connector mode creates and removes each type of mailbox, and what a creation needs: one
 * row of the lifecycle table in {@link ModeRules}, written with {@link #of(ConnectorMode)}'s
 * labelled builder.
 *
 * @param creation how each mailbox type is created; every type has one
 * @param removal how each mailbox type is removed; every type has one
 * @param required the request parameters a creation needs, per type, in the order they are checked
 */
public record MailboxLifecycle(
    ConnectorMode mode,
    Map<MailboxType, Creation> creation,
    Map<MailboxType, Removal> removal,
    Map<MailboxType, List<MailboxParameter>> required) {

  public MailboxLifecycle {
    Objects.requireNonNull(mode, "'mode' must not be null");
    creation = Map.copyOf(creation);
    removal = Map.copyOf(removal);
    required = Map.copyOf(required);
    for (MailboxType type : MailboxType.values()) {
      if (!creation.containsKey(type) || !removal.containsKey(type)) {
        throw new IllegalArgumentException(mode + " has no creation or removal for " + type);
      }
    }
  }

  /** How a mailbox of {@code type} is created. */
  public Creation creation(MailboxType type) {
    return creation.get(type);
  }

  /** How a mailbox of {@code type} is removed. */
  public Removal removal(MailboxType type) {
    return removal.get(type);
  }

  /** The parameters creating a {@code type} requires, in order. */
  public List<MailboxParameter> required(MailboxType type) {
    return required.getOrDefault(type, List.of());
  }

  /** How a mailbox comes into being. */
  public sealed interface Creation {
    /**
     * An Exchange cmdlet creates it.
     *
     * @param attaches true when the cmdlet attaches a mailbox to a directory user that must exist
     *     already (Enable-Mailbox); false when it creates the user too
     * @param takesUserPrincipalName true when the cmdlet is given the request's UserPrincipalName
     */
    record Exchange(Cmdlet cmdlet, boolean attaches, boolean takesUserPrincipalName)
        implements Creation {
      public Exchange {
        Objects.requireNonNull(cmdlet, "'cmdlet' must not be null");
      }
    }

    /**
     * The tenant's directory holds the user; Exchange Online creates the mailbox once the user has
     * an Exchange licence.
     *
     * @param createsUser true when the connector creates the cloud user; false when it must exist
     */
    record CloudUser(boolean createsUser) implements Creation {}
  }

  /** How a mailbox goes away. */
  public sealed interface Removal {
    /** An Exchange cmdlet removes it. */
    record Exchange(Cmdlet cmdlet, String purpose) implements Removal {
      public Exchange {
        Objects.requireNonNull(cmdlet, "'cmdlet' must not be null");
        Objects.requireNonNull(purpose, "'purpose' must not be null");
      }
    }

    /** The cloud user is deleted (restorable for 30 days). */
    record DeleteCloudUser() implements Removal {}

    /** The licences carrying an Exchange plan are removed; the user stays. */
    record RemoveExchangeLicences() implements Removal {}
  }

  /** Starts a row. */
  public static Builder of(ConnectorMode mode) {
    return new Builder(mode);
  }

  /** Labelled builder of a row. */
  public static final class Builder {
    private final ConnectorMode mode;
    private final Map<MailboxType, Creation> creation = new EnumMap<>(MailboxType.class);
    private final Map<MailboxType, Removal> removal = new EnumMap<>(MailboxType.class);
    private final Map<MailboxType, Set<MailboxParameter>> required =
        new EnumMap<>(MailboxType.class);

    private Builder(ConnectorMode mode) {
      this.mode = mode;
    }

    /** How mailboxes of these types are created. */
    public Builder create(Set<MailboxType> types, Creation how) {
      types.forEach(t -> creation.put(t, how));
      return this;
    }

    /** How mailboxes of these types are removed. */
    public Builder remove(Set<MailboxType> types, Removal how) {
      types.forEach(t -> removal.put(t, how));
      return this;
    }

    /** Parameters creating mailboxes of these types requires. */
    public Builder require(Set<MailboxType> types, MailboxParameter... parameters) {
      types.forEach(
          t -> required.computeIfAbsent(t, k -> new LinkedHashSet<>()).addAll(List.of(parameters)));
      return this;
    }

    public MailboxLifecycle build() {
      Map<MailboxType, List<MailboxParameter>> lists = new EnumMap<>(MailboxType.class);
      required.forEach((t, ps) -> lists.put(t, List.copyOf(ps)));
      return new MailboxLifecycle(mode, creation, removal, lists);
    }
  }
}
