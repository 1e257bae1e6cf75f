package io.exchangekit.core.mode;

import static io.exchangekit.core.mailbox.MailboxParameter.*;
import static io.exchangekit.core.plan.Cmdlet.ADD_AD_PERMISSION;
import static io.exchangekit.core.plan.Cmdlet.ADD_MAILBOX_PERMISSION;
import static io.exchangekit.core.plan.Cmdlet.DISABLE_MAILBOX;
import static io.exchangekit.core.plan.Cmdlet.DISABLE_REMOTE_MAILBOX;
import static io.exchangekit.core.plan.Cmdlet.ENABLE_MAILBOX;
import static io.exchangekit.core.plan.Cmdlet.ENABLE_REMOTE_MAILBOX;
import static io.exchangekit.core.plan.Cmdlet.NEW_MAILBOX;
import static io.exchangekit.core.plan.Cmdlet.NEW_REMOTE_MAILBOX;
import static io.exchangekit.core.plan.Cmdlet.REMOVE_MAILBOX;
import static io.exchangekit.core.plan.Cmdlet.REMOVE_REMOTE_MAILBOX;
import static io.exchangekit.core.plan.Cmdlet.SET_CAS_MAILBOX;
import static io.exchangekit.core.plan.Cmdlet.SET_MAILBOX;
import static io.exchangekit.core.plan.Cmdlet.SET_REMOTE_MAILBOX;
import static io.exchangekit.core.plan.Cmdlet.SET_USER;

import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mode.MailboxLifecycle.Creation;
import io.exchangekit.core.mode.MailboxLifecycle.Removal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The declarative tables of the connector modes, built from the seed's provisioning table and
 * checked against Microsoft's cmdlet catalog by the tests: for each mode, how each mailbox type is
 * created and removed and what creating it needs ({@link MailboxLifecycle}); for each parameter,
 * where it applies and which command carries it ({@link ParameterRule}). A parameter that does not
 * apply is ignored with a warning, so that a request written for on-premises runs unchanged against
 * Exchange Online. A new scope is new rows in both tables, not new code in {@link #decide}.
 *
 * <p>Hybrid scope has a table of its own ({@link #rule(MailboxParameter, ConnectorMode)}): the
 * remote-mailbox cmdlets of the on-premises server carry what they take; a parameter without a
 * hybrid row belongs to the cloud mailbox and is ignored with a warning that it is set in Exchange
 * Online once the mailbox exists there.
 */
public final class ModeRules {
  static final ConnectorMode PE = ConnectorMode.of(Scope.PREMISE, NewUserBehavior.ENABLE);
  static final ConnectorMode PC = ConnectorMode.of(Scope.PREMISE, NewUserBehavior.CREATE);
  static final ConnectorMode OC = ConnectorMode.of(Scope.ONLINE, NewUserBehavior.CREATE);
  static final ConnectorMode OE = ConnectorMode.of(Scope.ONLINE, NewUserBehavior.ENABLE);
  static final ConnectorMode HE = ConnectorMode.of(Scope.HYBRID, NewUserBehavior.ENABLE);
  static final ConnectorMode HC = ConnectorMode.of(Scope.HYBRID, NewUserBehavior.CREATE);
  static final Set<ConnectorMode> ALL = Set.of(PE, PC, OC, OE);
  static final Set<ConnectorMode> HYBRID = Set.of(HE, HC);
  static final Set<ConnectorMode> HYBRID_CREATE = Set.of(HC);
  static final Set<ConnectorMode> PREMISE = Set.of(PE, PC);
  static final Set<ConnectorMode> ONLINE = Set.of(OC, OE);
  static final Set<ConnectorMode> CREATE = Set.of(PC, OC);
  static final Set<ConnectorMode> PREMISE_CREATE = Set.of(PC);
  static final Set<ExchangeVersion> ON_PREMISES =
      EnumSet.complementOf(EnumSet.of(ExchangeVersion.ONLINE));
  static final Set<ExchangeVersion> EXCHANGE_ONLINE = EnumSet.of(ExchangeVersion.ONLINE);
  static final Set<ExchangeVersion> EXCHANGE_2010 = EnumSet.of(ExchangeVersion.EXCHANGE_2010);
  static final Set<MailboxType> ALL_TYPES = EnumSet.allOf(MailboxType.class);
  static final Set<MailboxType> USER = EnumSet.of(MailboxType.USER);
  static final Set<MailboxType> RESOURCES = EnumSet.complementOf(EnumSet.of(MailboxType.USER));

  /** The hybrid reason of a parameter without a hybrid row. */
  static final String CLOUD_ONLY =
      "belongs to the cloud mailbox of a remote mailbox: set it in Exchange Online once the"
          + " mailbox exists there (the on-premises remote-mailbox cmdlets do not take it)";

  /** The versions whose remote-mailbox cmdlets have the type's switch, where not all do. */
  private static final Map<MailboxType, Set<ExchangeVersion>> REMOTE_TYPE_VERSIONS =
      new EnumMap<>(MailboxType.class);

  static {
    // Enable-/New-RemoteMailbox -Shared: Exchange Server 2013 and later in Microsoft's catalog.
    REMOTE_TYPE_VERSIONS.put(
        MailboxType.SHARED,
        EnumSet.of(
            ExchangeVersion.EXCHANGE_2013,
            ExchangeVersion.EXCHANGE_2016,
            ExchangeVersion.EXCHANGE_2019,
            ExchangeVersion.EXCHANGE_SE));
  }

  private static final Map<ConnectorMode, MailboxLifecycle> LIFECYCLES = new LinkedHashMap<>();

  static {
    Removal disable =
        new Removal.Exchange(DISABLE_MAILBOX, "disable the mailbox, keeping the user");
    Removal remove = new Removal.Exchange(REMOVE_MAILBOX, "remove the mailbox and its user");
    lifecycle(
        MailboxLifecycle.of(PE)
            .create(ALL_TYPES, new Creation.Exchange(ENABLE_MAILBOX, true, false))
            .remove(ALL_TYPES, disable));
    lifecycle(
        MailboxLifecycle.of(PC)
            .create(ALL_TYPES, new Creation.Exchange(NEW_MAILBOX, false, true))
            .require(ALL_TYPES, NAME)
            .require(USER, PASSWORD, USER_PRINCIPAL_NAME)
            .remove(ALL_TYPES, remove));
    // Exchange Online has no -UserPrincipalName: a resource gets its address from its alias.
    lifecycle(
        MailboxLifecycle.of(OC)
            .create(RESOURCES, new Creation.Exchange(NEW_MAILBOX, false, false))
            .create(USER, new Creation.CloudUser(true))
            .require(RESOURCES, NAME)
            .require(USER, USER_PRINCIPAL_NAME)
            .remove(RESOURCES, remove)
            .remove(USER, new Removal.DeleteCloudUser()));
    lifecycle(
        MailboxLifecycle.of(OE)
            .create(RESOURCES, new Creation.Exchange(NEW_MAILBOX, false, false))
            .create(USER, new Creation.CloudUser(false))
            .require(RESOURCES, NAME)
            .require(USER, USER_PRINCIPAL_NAME)
            .remove(RESOURCES, remove)
            .remove(USER, new Removal.RemoveExchangeLicences()));
    // Hybrid: the on-premises server manages the cloud mailbox as a remote mailbox.
    lifecycle(
        MailboxLifecycle.of(HE)
            .create(ALL_TYPES, new Creation.Exchange(ENABLE_REMOTE_MAILBOX, true, false))
            .remove(
                ALL_TYPES,
                new Removal.Exchange(
                    DISABLE_REMOTE_MAILBOX, "disable the remote mailbox, keeping the user")));
    lifecycle(
        MailboxLifecycle.of(HC)
            .create(ALL_TYPES, new Creation.Exchange(NEW_REMOTE_MAILBOX, false, true))
            .require(ALL_TYPES, NAME)
            .require(USER, PASSWORD, USER_PRINCIPAL_NAME)
            .remove(
                ALL_TYPES,
                new Removal.Exchange(
                    REMOVE_REMOTE_MAILBOX, "remove the remote mailbox and its user")));
  }

  private static final Map<MailboxParameter, ParameterRule> TABLE =
      new EnumMap<>(MailboxParameter.class);

  static {
    row(
        ParameterRule.of(USER_PRINCIPAL_NAME)
            .identity()
            .in(ALL)
            .atCreation(NEW_MAILBOX)
            .directory());
    row(ParameterRule.of(NAME).in(ALL).atCreation(NEW_MAILBOX).update(SET_MAILBOX));
    row(ParameterRule.of(PASSWORD).in(CREATE).atCreation(NEW_MAILBOX).directory());
    row(ParameterRule.of(MAILBOX_TYPE).mailboxType().in(ALL));
    row(
        ParameterRule.of(ALIAS)
            .in(ALL)
            .atCreation(NEW_MAILBOX, ENABLE_MAILBOX)
            .update(SET_MAILBOX)
            .directory());
    row(
        ParameterRule.of(ORGANIZATIONAL_UNIT)
            .in(PREMISE_CREATE)
            .versions(ON_PREMISES)
            .atCreation(NEW_MAILBOX));
    row(
        ParameterRule.of(ACTIVE_SYNC_MAILBOX_POLICY)
            .in(PREMISE_CREATE)
            .versions(ON_PREMISES)
            .atCreation(NEW_MAILBOX, ENABLE_MAILBOX)
            .update(SET_CAS_MAILBOX));
    // Enable-Mailbox's Room, Equipment and Shared sets have no AddressBookPolicy.
    row(
        ParameterRule.of(ADDRESS_BOOK_POLICY)
            .in(PREMISE)
            .versions(ON_PREMISES)
            .atCreation(NEW_MAILBOX, ENABLE_MAILBOX)
            .notInCreationSetOf(
                ENABLE_MAILBOX, MailboxType.ROOM, MailboxType.EQUIPMENT, MailboxType.SHARED)
            .update(SET_MAILBOX));
    row(
        ParameterRule.of(ARBITRATION_MAILBOX)
            .in(PREMISE)
            .versions(ON_PREMISES)
            .atCreation(NEW_MAILBOX)
            .update(SET_MAILBOX));
    row(
        ParameterRule.of(IS_ARCHIVE)
            .in(PREMISE)
            .versions(ON_PREMISES)
            .exchangeName("Archive")
            .atCreation(NEW_MAILBOX)
            .update(ENABLE_MAILBOX)
            .switchParameter());
    // Enable-Mailbox takes ArchiveDatabase only in its Archive set: it rides on -Archive.
    row(
        ParameterRule.of(ARCHIVE_DATABASE)
            .in(PREMISE)
            .versions(ON_PREMISES)
            .atCreation(NEW_MAILBOX)
            .update(ENABLE_MAILBOX)
            .onlyWith(IS_ARCHIVE));
    // Moving a mailbox to another database needs a move request: creation only.
    row(
        ParameterRule.of(DATABASE)
            .in(PREMISE)
            .versions(ON_PREMISES)
            .atCreation(NEW_MAILBOX, ENABLE_MAILBOX));
    row(
        ParameterRule.of(DISPLAY_NAME)
            .in(ALL)
            .atCreation(NEW_MAILBOX, ENABLE_MAILBOX)
            .update(SET_MAILBOX)
            .directory());
    row(ParameterRule.of(FIRST_NAME).in(CREATE).atCreation(NEW_MAILBOX).update(SET_USER));
    row(ParameterRule.of(IMMUTABLE_ID).in(ALL).atCreation(NEW_MAILBOX).update(SET_MAILBOX));
    row(
        ParameterRule.of(INITIALS)
            .in(PREMISE_CREATE)
            .versions(ON_PREMISES)
            .atCreation(NEW_MAILBOX)
            .update(SET_USER));
    row(
        ParameterRule.of(LAST_NAME)
            .in(PREMISE_CREATE)
            .versions(ON_PREMISES)
            .atCreation(NEW_MAILBOX)
            .update(SET_USER));
    // New-Mailbox's Equipment and Shared sets have no managed folder policy.
    row(
        ParameterRule.of(MANAGED_FOLDER_MAILBOX_POLICY)
            .in(PREMISE)
            .versions(EXCHANGE_2010)
            .atCreation(NEW_MAILBOX, ENABLE_MAILBOX)
            .notInCreationSetOf(NEW_MAILBOX, MailboxType.EQUIPMENT, MailboxType.SHARED)
            .update(SET_MAILBOX));
    row(
        ParameterRule.of(MANAGED_FOLDER_MAILBOX_POLICY_ALLOWED)
            .in(PREMISE)
            .versions(EXCHANGE_2010)
            .atCreation(NEW_MAILBOX, ENABLE_MAILBOX)
            .notInCreationSetOf(NEW_MAILBOX, MailboxType.EQUIPMENT, MailboxType.SHARED)
            .update(SET_MAILBOX)
            .switchParameter());
    row(ParameterRule.of(MODERATED_BY).in(ALL).atCreation(NEW_MAILBOX).update(SET_MAILBOX));
    row(
        ParameterRule.of(PRIMARY_SMTP_ADDRESS)
            .in(PREMISE)
            .versions(ON_PREMISES)
            .atCreation(NEW_MAILBOX, ENABLE_MAILBOX)
            .update(SET_MAILBOX));
    row(
        ParameterRule.of(RESET_PASSWORD_ON_NEXT_LOGON)
            .in(PREMISE_CREATE)
            .versions(ON_PREMISES)
            .atCreation(NEW_MAILBOX)
            .update(SET_USER));
    row(
        ParameterRule.of(RETENTION_POLICY)
            .in(PREMISE)
            .versions(ON_PREMISES)
            .atCreation(NEW_MAILBOX, ENABLE_MAILBOX)
            .update(SET_MAILBOX));
    row(
        ParameterRule.of(ROLE_ASSIGNMENT_POLICY)
            .in(ALL)
            .atCreation(NEW_MAILBOX, ENABLE_MAILBOX)
            .update(SET_MAILBOX));
    row(
        ParameterRule.of(SAM_ACCOUNT_NAME)
            .in(PREMISE)
            .versions(ON_PREMISES)
            .atCreation(NEW_MAILBOX)
            .update(SET_USER));
    row(
        ParameterRule.of(SEND_MODERATION_NOTIFICATIONS)
            .in(ALL)
            .atCreation(NEW_MAILBOX)
            .update(SET_MAILBOX));
    row(
        ParameterRule.of(SHARING_POLICY)
            .in(PREMISE)
            .versions(ON_PREMISES)
            .atCreation(NEW_MAILBOX)
            .update(SET_MAILBOX));
    row(
        ParameterRule.of(THROTTLING_POLICY)
            .in(PREMISE)
            .versions(ON_PREMISES)
            .atCreation(NEW_MAILBOX)
            .update(SET_MAILBOX));
    // Set-Mailbox -AccountDisabled is functional only in the cloud: on-premises, creation only.
    // It selects New-Mailbox's DisabledUser set; a resource mailbox's account is disabled already.
    row(
        ParameterRule.of(ACCOUNT_DISABLED)
            .in(PREMISE_CREATE)
            .versions(ON_PREMISES)
            .atCreation(NEW_MAILBOX)
            .forTypes(USER)
            .switchParameter());
    row(ParameterRule.of(HIDDEN_FROM_ADDRESS_LISTS).in(ALL).update(SET_MAILBOX));
    row(ParameterRule.of(USAGE_LOCATION).in(ONLINE).versions(EXCHANGE_ONLINE).directoryManaged());
    row(ParameterRule.of(LICENSES).in(ONLINE).versions(EXCHANGE_ONLINE).directoryManaged());
    // Delegates: no creation cmdlet takes them, so they follow creation. SendAs is carried by
    // Add-ADPermission on-premises and Add-RecipientPermission online (see Delegation).
    row(ParameterRule.of(FULL_ACCESS).in(ALL).exchangeName("User").update(ADD_MAILBOX_PERMISSION));
    row(
        ParameterRule.of(FULL_ACCESS_AUTO_MAPPING)
            .in(ALL)
            .exchangeName("AutoMapping")
            .update(ADD_MAILBOX_PERMISSION));
    row(ParameterRule.of(SEND_AS).in(ALL).exchangeName("User").update(ADD_AD_PERMISSION));
    row(
        ParameterRule.of(SEND_ON_BEHALF)
            .in(ALL)
            .exchangeName("GrantSendOnBehalfTo")
            .update(SET_MAILBOX));
  }

  private static final Map<MailboxParameter, ParameterRule> HYBRID_TABLE =
      new EnumMap<>(MailboxParameter.class);

  static {
    // Rows from Microsoft's syntax of New-, Enable- and Set-RemoteMailbox; Set-User changes the
    // on-premises user's names.
    hybrid(
        ParameterRule.of(USER_PRINCIPAL_NAME)
            .identity()
            .in(HYBRID)
            .versions(ON_PREMISES)
            .atCreation(NEW_REMOTE_MAILBOX));
    hybrid(
        ParameterRule.of(NAME)
            .in(HYBRID)
            .versions(ON_PREMISES)
            .atCreation(NEW_REMOTE_MAILBOX)
            .update(SET_REMOTE_MAILBOX));
    hybrid(
        ParameterRule.of(PASSWORD)
            .in(HYBRID_CREATE)
            .versions(ON_PREMISES)
            .atCreation(NEW_REMOTE_MAILBOX));
    hybrid(ParameterRule.of(MAILBOX_TYPE).mailboxType().in(HYBRID).versions(ON_PREMISES));
    hybrid(
        ParameterRule.of(ALIAS)
            .in(HYBRID)
            .versions(ON_PREMISES)
            .atCreation(NEW_REMOTE_MAILBOX, ENABLE_REMOTE_MAILBOX)
            .update(SET_REMOTE_MAILBOX));
    hybrid(
        ParameterRule.of(ORGANIZATIONAL_UNIT)
            .in(HYBRID_CREATE)
            .versions(ON_PREMISES)
            .exchangeName("OnPremisesOrganizationalUnit")
            .atCreation(NEW_REMOTE_MAILBOX));
    // An archive in Exchange Online: New-RemoteMailbox -Archive, or Enable-RemoteMailbox's Archive
    // set on an existing remote mailbox (its Default set has no -Archive).
    hybrid(
        ParameterRule.of(IS_ARCHIVE)
            .in(HYBRID)
            .versions(ON_PREMISES)
            .exchangeName("Archive")
            .atCreation(NEW_REMOTE_MAILBOX)
            .update(ENABLE_REMOTE_MAILBOX)
            .switchParameter());
    hybrid(
        ParameterRule.of(DISPLAY_NAME)
            .in(HYBRID)
            .versions(ON_PREMISES)
            .atCreation(NEW_REMOTE_MAILBOX, ENABLE_REMOTE_MAILBOX)
            .update(SET_REMOTE_MAILBOX));
    hybrid(
        ParameterRule.of(FIRST_NAME)
            .in(HYBRID_CREATE)
            .versions(ON_PREMISES)
            .atCreation(NEW_REMOTE_MAILBOX)
            .update(SET_USER));
    hybrid(
        ParameterRule.of(IMMUTABLE_ID)
            .in(HYBRID)
            .versions(ON_PREMISES)
            .atCreation(NEW_REMOTE_MAILBOX)
            .update(SET_REMOTE_MAILBOX));
    hybrid(
        ParameterRule.of(INITIALS)
            .in(HYBRID_CREATE)
            .versions(ON_PREMISES)
            .atCreation(NEW_REMOTE_MAILBOX)
            .update(SET_USER));
    hybrid(
        ParameterRule.of(LAST_NAME)
            .in(HYBRID_CREATE)
            .versions(ON_PREMISES)
            .atCreation(NEW_REMOTE_MAILBOX)
            .update(SET_USER));
    hybrid(
        ParameterRule.of(MODERATED_BY)
            .in(HYBRID)
            .versions(ON_PREMISES)
            .atCreation(NEW_REMOTE_MAILBOX)
            .update(SET_REMOTE_MAILBOX));
    hybrid(
        ParameterRule.of(PRIMARY_SMTP_ADDRESS)
            .in(HYBRID)
            .versions(ON_PREMISES)
            .atCreation(NEW_REMOTE_MAILBOX, ENABLE_REMOTE_MAILBOX)
            .update(SET_REMOTE_MAILBOX));
    hybrid(
        ParameterRule.of(RESET_PASSWORD_ON_NEXT_LOGON)
            .in(HYBRID_CREATE)
            .versions(ON_PREMISES)
            .atCreation(NEW_REMOTE_MAILBOX)
            .update(SET_USER));
    hybrid(
        ParameterRule.of(SAM_ACCOUNT_NAME)
            .in(HYBRID)
            .versions(ON_PREMISES)
            .atCreation(NEW_REMOTE_MAILBOX)
            .update(SET_USER));
    hybrid(
        ParameterRule.of(SEND_MODERATION_NOTIFICATIONS)
            .in(HYBRID)
            .versions(ON_PREMISES)
            .atCreation(NEW_REMOTE_MAILBOX)
            .update(SET_REMOTE_MAILBOX));
    // New-RemoteMailbox's AccountDisabled set; a resource's account is disabled already.
    hybrid(
        ParameterRule.of(ACCOUNT_DISABLED)
            .in(HYBRID_CREATE)
            .versions(ON_PREMISES)
            .atCreation(NEW_REMOTE_MAILBOX)
            .forTypes(USER)
            .switchParameter());
    hybrid(
        ParameterRule.of(HIDDEN_FROM_ADDRESS_LISTS)
            .in(HYBRID)
            .versions(ON_PREMISES)
            .update(SET_REMOTE_MAILBOX));
    // The tenant's directory, once the user has synchronised to it.
    hybrid(
        ParameterRule.of(USAGE_LOCATION)
            .in(HYBRID)
            .versions(ON_PREMISES)
            .forTypes(USER)
            .directoryManaged());
    hybrid(
        ParameterRule.of(LICENSES)
            .in(HYBRID)
            .versions(ON_PREMISES)
            .forTypes(USER)
            .directoryManaged());
  }

  private ModeRules() {}

  private static void hybrid(ParameterRule.Builder row) {
    ParameterRule built = row.build();
    HYBRID_TABLE.put(built.parameter(), built);
  }

  private static void lifecycle(MailboxLifecycle.Builder row) {
    MailboxLifecycle built = row.build();
    LIFECYCLES.put(built.mode(), built);
  }

  private static void row(ParameterRule.Builder row) {
    ParameterRule built = row.build();
    TABLE.put(built.parameter(), built);
  }

  /** The row of one parameter. Every {@link MailboxParameter} has one. */
  public static ParameterRule rule(MailboxParameter parameter) {
    return TABLE.get(parameter);
  }

  public static List<ParameterRule> rows() {
    return List.copyOf(TABLE.values());
  }

  /**
   * The row of one parameter in {@code mode}: in hybrid scope the hybrid row, or empty when the
   * parameter belongs to the cloud mailbox; in the other scopes {@link #rule(MailboxParameter)}.
   */
  public static Optional<ParameterRule> rule(MailboxParameter parameter, ConnectorMode mode) {
    return Optional.ofNullable(mode.isHybrid() ? HYBRID_TABLE.get(parameter) : rule(parameter));
  }

  /** The hybrid table's rows; parameters without one are ignored in hybrid scope. */
  public static List<ParameterRule> hybridRows() {
    return List.copyOf(HYBRID_TABLE.values());
  }

  /**
   * The Exchange versions that can create a mailbox of {@code type} in {@code mode}: every version
   * but where a creation cmdlet lacks the type's switch (Enable-/New-RemoteMailbox -Shared is not
   * in Exchange Server 2010).
   */
  public static Set<ExchangeVersion> creationVersions(ConnectorMode mode, MailboxType type) {
    if (mode.isHybrid() && REMOTE_TYPE_VERSIONS.containsKey(type)) {
      return Set.copyOf(REMOTE_TYPE_VERSIONS.get(type));
    }
    return EnumSet.allOf(ExchangeVersion.class);
  }

  /** The lifecycle row of one mode. Every {@link ConnectorMode} has one. */
  public static MailboxLifecycle lifecycle(ConnectorMode mode) {
    return LIFECYCLES.get(mode);
  }

  /**
   * Decides how one parameter is handled.
   *
   * @param type the type of the mailbox being created or changed
   */
  public static Decision decide(
      MailboxParameter parameter,
      ConnectorMode mode,
      ExchangeVersion version,
      Operation operation,
      MailboxType type) {
    Optional<ParameterRule> row = rule(parameter, mode);
    if (row.isEmpty()) {
      return new Decision.Ignore(CLOUD_ONLY);
    }
    ParameterRule rule = row.get();
    if (!rule.modes().contains(mode)) {
      return new Decision.Ignore("applies only in " + describe(rule.modes()) + ", not in " + mode);
    }
    if (!rule.versions().contains(version)) {
      return new Decision.Ignore(
          "applies only to "
              + rule.versions().stream()
                  .sorted()
                  .map(ExchangeVersion::productName)
                  .collect(Collectors.joining(", "))
              + ", not to "
              + version.productName());
    }
    Creation creation = lifecycle(mode).creation(type);
    if (operation == Operation.UPDATE) {
      return update(rule, creation, mode);
    }
    if (creation instanceof Creation.CloudUser) {
      if (rule.directory()) {
        return new Decision.Apply(Stage.DIRECTORY, Optional.empty());
      }
      if (rule.update().isPresent()) {
        return new Decision.Apply(Stage.PENDING, rule.update());
      }
      return new Decision.Ignore("cannot be applied to an Exchange Online user mailbox");
    }
    if (rule.role() != ParameterRule.Role.SETTING) {
      // the creation command carries the identity and the type switch itself
      return new Decision.Apply(Stage.AT_CREATION, Optional.empty());
    }
    if (!rule.types().contains(type)) {
      return new Decision.Ignore(
          "applies to "
              + rule.types().stream()
                  .sorted()
                  .map(t -> t.switchName().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", "))
              + " mailboxes, not to a "
              + type.switchName().toLowerCase(Locale.ROOT)
              + " mailbox");
    }
    if (rule.directoryManaged() && mode.isHybrid()) {
      // the user reaches the tenant's directory only after its next synchronisation
      return new Decision.Apply(Stage.DIRECTORY, Optional.empty());
    }
    var cmdlet = ((Creation.Exchange) creation).cmdlet();
    Optional<String> atCreation = rule.atCreation(cmdlet, type);
    if (atCreation.isPresent()) {
      return new Decision.Apply(
          Stage.AT_CREATION, Optional.of(new Carrier(cmdlet, atCreation.get())));
    }
    if (rule.update().isPresent()) {
      return new Decision.Apply(Stage.AFTER_CREATION, rule.update());
    }
    return new Decision.Ignore("is not used by " + cmdlet);
  }

  private static Decision update(ParameterRule rule, Creation creation, ConnectorMode mode) {
    if (rule.role() == ParameterRule.Role.TYPE) {
      return new Decision.Ignore("is ignored for existing mailboxes");
    }
    if (rule.directoryManaged() && (creation instanceof Creation.CloudUser || mode.isHybrid())) {
      // the cloud directory keeps it for the user's whole life, not only at creation
      return new Decision.Apply(Stage.DIRECTORY, Optional.empty());
    }
    return rule.update()
        .<Decision>map(c -> new Decision.Apply(Stage.UPDATE, Optional.of(c)))
        .orElseGet(() -> new Decision.Ignore("can be set only when the mailbox is created"));
  }

  static String describe(Set<ConnectorMode> modes) {
    if (modes.equals(PREMISE)) {
      return "premise scope";
    }
    if (modes.equals(ONLINE)) {
      return "online scope";
    }
    if (modes.equals(CREATE)) {
      return "create behaviour";
    }
    if (modes.equals(HYBRID)) {
      return "hybrid scope";
    }
    return ConnectorMode.all().stream()
        .filter(modes::contains)
        .map(ConnectorMode::toString)
        .collect(Collectors.joining(", "));
  }
}
