package io.exchangekit.core.mode;

import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.plan.Cmdlet;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the mode-rule table: where a parameter applies and which command carries it. Rows are
 * written with {@link #of(MailboxParameter)}'s labelled builder.
 *
 * @param role whether the parameter is a setting, the mailbox's identity or its type
 * @param modes the connector modes where it applies
 * @param versions the Exchange versions where it applies
 * @param exchangeName Exchange's name for the parameter
 * @param atCreation the creation cmdlets that take it
 * @param notInCreationSet creation cmdlets and mailbox types whose parameter set lacks it
 *     (Microsoft's syntax blocks); it is carried after creation instead
 * @param types the mailbox types it applies to at creation
 * @param update the command that sets it on an existing mailbox; empty when it can only be given at
 *     creation
 * @param directory true when, for an Exchange Online user, the cloud directory carries it at
 *     creation
 * @param directoryManaged true when the cloud directory keeps it for the user's whole life, so an
 *     update re-plans it there
 * @param switchParameter true when Exchange takes it as a switch (given only when true)
 * @param onlyWith after creation, it applies only when this switch is turned on by the same request
 */
public record ParameterRule(
    MailboxParameter parameter,
    Role role,
    Set<ConnectorMode> modes,
    Set<ExchangeVersion> versions,
    String exchangeName,
    Set<Cmdlet> atCreation,
    Set<CreationSet> notInCreationSet,
    Set<MailboxType> types,
    Optional<Carrier> update,
    boolean directory,
    boolean directoryManaged,
    boolean switchParameter,
    Optional<MailboxParameter> onlyWith) {

  /** What a parameter is to the mailbox. */
  public enum Role {
    /** A property the request sets. */
    SETTING,
    /** Names the mailbox; the creation command carries it. */
    IDENTITY,
    /** Selects the mailbox type: the creation command's switch; ignored for existing mailboxes. */
    TYPE
  }

  /** A creation cmdlet for one mailbox type. */
  public record CreationSet(Cmdlet cmdlet, MailboxType type) {
    public CreationSet {
      Objects.requireNonNull(cmdlet, "'cmdlet' must not be null");
      Objects.requireNonNull(type, "'type' must not be null");
    }
  }

  public ParameterRule {
    Objects.requireNonNull(parameter, "'parameter' must not be null");
    Objects.requireNonNull(role, "'role' must not be null");
    modes = Set.copyOf(modes);
    versions = Set.copyOf(versions);
    Objects.requireNonNull(exchangeName, "'exchangeName' must not be null");
    atCreation = Set.copyOf(atCreation);
    notInCreationSet = Set.copyOf(notInCreationSet);
    types = Set.copyOf(types);
    Objects.requireNonNull(update, "'update' must not be null");
    Objects.requireNonNull(onlyWith, "'onlyWith' must not be null");
  }

  /** The Exchange parameter that carries it on {@code cmdlet} when creating a {@code type}. */
  public Optional<String> atCreation(Cmdlet cmdlet, MailboxType type) {
    return atCreation.contains(cmdlet) && !notInCreationSet.contains(new CreationSet(cmdlet, type))
        ? Optional.of(exchangeName)
        : Optional.empty();
  }

  /** Starts a row; every label is optional, and a row without modes applies nowhere. */
  public static Builder of(MailboxParameter parameter) {
    return new Builder(parameter);
  }

  /** Labelled builder of a row. */
  public static final class Builder {
    private final MailboxParameter parameter;
    private Role role = Role.SETTING;
    private Set<ConnectorMode> modes = Set.of();
    private Set<ExchangeVersion> versions = EnumSet.allOf(ExchangeVersion.class);
    private String exchangeName;
    private final Set<Cmdlet> atCreation = EnumSet.noneOf(Cmdlet.class);
    private final Set<CreationSet> notInCreationSet = new java.util.HashSet<>();
    private Set<MailboxType> types = EnumSet.allOf(MailboxType.class);
    private Carrier update;
    private boolean directory;
    private boolean directoryManaged;
    private boolean switchParameter;
    private MailboxParameter onlyWith;

    private Builder(MailboxParameter parameter) {
      this.parameter = Objects.requireNonNull(parameter, "'parameter' must not be null");
      this.exchangeName = parameter.attributeName();
    }

    /** The connector modes where it applies. */
    public Builder in(Set<ConnectorMode> modes) {
      this.modes = modes;
      return this;
    }

    /** The Exchange versions where it applies (default: every version). */
    public Builder versions(Set<ExchangeVersion> versions) {
      this.versions = versions;
      return this;
    }

    /** Exchange's name for it, when it differs from the request attribute's name. */
    public Builder exchangeName(String name) {
      this.exchangeName = name;
      return this;
    }

    /** The creation cmdlets that take it. */
    public Builder atCreation(Cmdlet... cmdlets) {
      atCreation.addAll(Set.of(cmdlets));
      return this;
    }

    /** The creation cmdlet takes it, but not in the parameter set of these mailbox types. */
    public Builder notInCreationSetOf(Cmdlet cmdlet, MailboxType... types) {
      for (MailboxType type : types) {
        notInCreationSet.add(new CreationSet(cmdlet, type));
      }
      return this;
    }

    /** At creation it applies to these mailbox types only (default: every type). */
    public Builder forTypes(Set<MailboxType> types) {
      this.types = types;
      return this;
    }

    /** The cmdlet that sets it on an existing mailbox, under its Exchange name. */
    public Builder update(Cmdlet cmdlet) {
      this.update = new Carrier(cmdlet, exchangeName);
      return this;
    }

    /** For an Exchange Online user, the cloud directory carries it when creating the user. */
    public Builder directory() {
      this.directory = true;
      return this;
    }

    /** The cloud directory carries it for the user's whole life. */
    public Builder directoryManaged() {
      this.directory = true;
      this.directoryManaged = true;
      return this;
    }

    /** Exchange takes it as a switch. */
    public Builder switchParameter() {
      this.switchParameter = true;
      return this;
    }

    /** After creation it applies only when {@code other} is turned on by the same request. */
    public Builder onlyWith(MailboxParameter other) {
      this.onlyWith = other;
      return this;
    }

    /** It names the mailbox; the creation command carries it. */
    public Builder identity() {
      this.role = Role.IDENTITY;
      return this;
    }

    /** It selects the mailbox type. */
    public Builder mailboxType() {
      this.role = Role.TYPE;
      return this;
    }

    public ParameterRule build() {
      return new ParameterRule(
          parameter,
          role,
          modes,
          versions,
          exchangeName,
          atCreation,
          notInCreationSet,
          types,
          Optional.ofNullable(update),
          directory,
          directoryManaged,
          switchParameter,
          Optional.ofNullable(onlyWith));
    }
  }
}
