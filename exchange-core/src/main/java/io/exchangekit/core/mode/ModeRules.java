package io.exchangekit.core.mode;

import static io.exchangekit.core.mailbox.MailboxParameter.*;

import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The declarative table of where each mailbox parameter applies and which step carries it, built
 * from the seed's provisioning table and checked against Microsoft's cmdlet catalog by the tests. A
 * parameter that does not apply is ignored with a warning, so that a request written for
 * on-premises runs unchanged against Exchange Online.
 */
public final class ModeRules {
  static final ConnectorMode PE = ConnectorMode.of(Scope.PREMISE, NewUserBehavior.ENABLE);
  static final ConnectorMode PC = ConnectorMode.of(Scope.PREMISE, NewUserBehavior.CREATE);
  static final ConnectorMode OC = ConnectorMode.of(Scope.ONLINE, NewUserBehavior.CREATE);
  static final ConnectorMode OE = ConnectorMode.of(Scope.ONLINE, NewUserBehavior.ENABLE);
  static final Set<ConnectorMode> ALL = Set.of(PE, PC, OC, OE);
  static final Set<ConnectorMode> PREMISE = Set.of(PE, PC);
  static final Set<ConnectorMode> ONLINE = Set.of(OC, OE);
  static final Set<ConnectorMode> CREATE = Set.of(PC, OC);
  static final Set<ExchangeVersion> EVERY = EnumSet.allOf(ExchangeVersion.class);
  static final Set<ExchangeVersion> ON_PREMISES =
      EnumSet.complementOf(EnumSet.of(ExchangeVersion.ONLINE));

  private static final Map<MailboxParameter, ParameterRule> TABLE =
      new EnumMap<>(MailboxParameter.class);

  static {
    // parameter, modes, versions, New-Mailbox, Enable-Mailbox, update carrier, directory, switch
    row(USER_PRINCIPAL_NAME, ALL, EVERY, "UserPrincipalName", null, null, true, false);
    row(NAME, ALL, EVERY, "Name", null, setMailbox("Name"), false, false);
    row(PASSWORD, CREATE, EVERY, "Password", null, null, true, false);
    row(MAILBOX_TYPE, ALL, EVERY, null, null, null, false, false);
    row(ALIAS, ALL, EVERY, "Alias", "Alias", setMailbox("Alias"), true, false);
    row(
        ORGANIZATIONAL_UNIT,
        Set.of(PC),
        ON_PREMISES,
        "OrganizationalUnit",
        null,
        null,
        false,
        false);
    row(
        ACTIVE_SYNC_MAILBOX_POLICY,
        Set.of(PC),
        ON_PREMISES,
        "ActiveSyncMailboxPolicy",
        "ActiveSyncMailboxPolicy",
        new Carrier("Set-CASMailbox", "ActiveSyncMailboxPolicy"),
        false,
        false);
    row(
        ADDRESS_BOOK_POLICY,
        PREMISE,
        ON_PREMISES,
        "AddressBookPolicy",
        "AddressBookPolicy",
        setMailbox("AddressBookPolicy"),
        false,
        false);
    row(
        ARBITRATION_MAILBOX,
        PREMISE,
        ON_PREMISES,
        "ArbitrationMailbox",
        null,
        setMailbox("ArbitrationMailbox"),
        false,
        false);
    row(
        IS_ARCHIVE,
        PREMISE,
        ON_PREMISES,
        "Archive",
        null,
        new Carrier("Enable-Mailbox", "Archive"),
        false,
        true);
    // Enable-Mailbox takes ArchiveDatabase only in its Archive set: it rides on -Archive.
    row(
        ARCHIVE_DATABASE,
        PREMISE,
        ON_PREMISES,
        "ArchiveDatabase",
        null,
        new Carrier("Enable-Mailbox", "ArchiveDatabase"),
        false,
        false);
    // Moving a mailbox to another database needs a move request: creation only.
    row(DATABASE, PREMISE, ON_PREMISES, "Database", "Database", null, false, false);
    row(
        DISPLAY_NAME,
        ALL,
        EVERY,
        "DisplayName",
        "DisplayName",
        setMailbox("DisplayName"),
        true,
        false);
    row(FIRST_NAME, CREATE, EVERY, "FirstName", null, setUser("FirstName"), false, false);
    row(IMMUTABLE_ID, ALL, EVERY, "ImmutableId", null, setMailbox("ImmutableId"), false, false);
    row(INITIALS, Set.of(PC), ON_PREMISES, "Initials", null, setUser("Initials"), false, false);
    row(LAST_NAME, Set.of(PC), ON_PREMISES, "LastName", null, setUser("LastName"), false, false);
    row(
        MANAGED_FOLDER_MAILBOX_POLICY,
        PREMISE,
        Set.of(ExchangeVersion.EXCHANGE_2010),
        "ManagedFolderMailboxPolicy",
        "ManagedFolderMailboxPolicy",
        setMailbox("ManagedFolderMailboxPolicy"),
        false,
        false);
    row(
        MANAGED_FOLDER_MAILBOX_POLICY_ALLOWED,
        PREMISE,
        Set.of(ExchangeVersion.EXCHANGE_2010),
        "ManagedFolderMailboxPolicyAllowed",
        "ManagedFolderMailboxPolicyAllowed",
        setMailbox("ManagedFolderMailboxPolicyAllowed"),
        false,
        true);
    row(MODERATED_BY, ALL, EVERY, "ModeratedBy", null, setMailbox("ModeratedBy"), false, false);
    row(
        PRIMARY_SMTP_ADDRESS,
        PREMISE,
        ON_PREMISES,
        "PrimarySmtpAddress",
        "PrimarySmtpAddress",
        setMailbox("PrimarySmtpAddress"),
        false,
        false);
    row(
        RESET_PASSWORD_ON_NEXT_LOGON,
        Set.of(PC),
        ON_PREMISES,
        "ResetPasswordOnNextLogon",
        null,
        setUser("ResetPasswordOnNextLogon"),
        false,
        false);
    row(
        RETENTION_POLICY,
        PREMISE,
        ON_PREMISES,
        "RetentionPolicy",
        "RetentionPolicy",
        setMailbox("RetentionPolicy"),
        false,
        false);
    row(
        ROLE_ASSIGNMENT_POLICY,
        ALL,
        EVERY,
        "RoleAssignmentPolicy",
        "RoleAssignmentPolicy",
        setMailbox("RoleAssignmentPolicy"),
        false,
        false);
    row(
        SAM_ACCOUNT_NAME,
        PREMISE,
        ON_PREMISES,
        "SamAccountName",
        null,
        setUser("SamAccountName"),
        false,
        false);
    row(
        SEND_MODERATION_NOTIFICATIONS,
        ALL,
        EVERY,
        "SendModerationNotifications",
        null,
        setMailbox("SendModerationNotifications"),
        false,
        false);
    row(
        SHARING_POLICY,
        PREMISE,
        ON_PREMISES,
        "SharingPolicy",
        null,
        setMailbox("SharingPolicy"),
        false,
        false);
    row(
        THROTTLING_POLICY,
        PREMISE,
        ON_PREMISES,
        "ThrottlingPolicy",
        null,
        setMailbox("ThrottlingPolicy"),
        false,
        false);
    // Set-Mailbox -AccountDisabled is functional only in the cloud: on-premises, creation only.
    row(ACCOUNT_DISABLED, Set.of(PC), ON_PREMISES, "AccountDisabled", null, null, false, true);
    row(
        HIDDEN_FROM_ADDRESS_LISTS,
        ALL,
        EVERY,
        null,
        null,
        setMailbox("HiddenFromAddressListsEnabled"),
        false,
        false);
    row(USAGE_LOCATION, ONLINE, Set.of(ExchangeVersion.ONLINE), null, null, null, true, false);
    row(LICENSES, ONLINE, Set.of(ExchangeVersion.ONLINE), null, null, null, true, false);
  }

  /**
   * Parameters a creation cmdlet takes, but not in the parameter set of this mailbox type (from
   * Microsoft's syntax blocks); they are carried after creation instead.
   */
  private static final Map<String, Set<MailboxParameter>> NOT_IN_CREATION_SET =
      Map.of(
          "New-Mailbox/EQUIPMENT",
              Set.of(MANAGED_FOLDER_MAILBOX_POLICY, MANAGED_FOLDER_MAILBOX_POLICY_ALLOWED),
          "New-Mailbox/SHARED",
              Set.of(MANAGED_FOLDER_MAILBOX_POLICY, MANAGED_FOLDER_MAILBOX_POLICY_ALLOWED),
          "Enable-Mailbox/ROOM", Set.of(ADDRESS_BOOK_POLICY),
          "Enable-Mailbox/EQUIPMENT", Set.of(ADDRESS_BOOK_POLICY),
          "Enable-Mailbox/SHARED", Set.of(ADDRESS_BOOK_POLICY));

  /** Parameters the tenant's directory holds for an Online user: re-planned on every update. */
  private static final Set<MailboxParameter> DIRECTORY_MANAGED = Set.of(USAGE_LOCATION, LICENSES);

  private ModeRules() {}

  private static Carrier setMailbox(String parameter) {
    return new Carrier("Set-Mailbox", parameter);
  }

  private static Carrier setUser(String parameter) {
    return new Carrier("Set-User", parameter);
  }

  private static void row(
      MailboxParameter parameter,
      Set<ConnectorMode> modes,
      Set<ExchangeVersion> versions,
      String newMailbox,
      String enableMailbox,
      Carrier update,
      boolean directory,
      boolean switchParameter) {
    TABLE.put(
        parameter,
        new ParameterRule(
            parameter,
            modes,
            versions,
            Optional.ofNullable(newMailbox),
            Optional.ofNullable(enableMailbox),
            Optional.ofNullable(update),
            directory,
            switchParameter));
  }

  /** The row of one parameter. Every {@link MailboxParameter} has one. */
  public static ParameterRule rule(MailboxParameter parameter) {
    return TABLE.get(parameter);
  }

  public static List<ParameterRule> rows() {
    return List.copyOf(TABLE.values());
  }

  /** The cmdlet that creates a mailbox of {@code type} in {@code mode}; empty for a cloud user. */
  public static Optional<String> creationCmdlet(ConnectorMode mode, MailboxType type) {
    if (mode.isOnline()) {
      return type.isResource() ? Optional.of("New-Mailbox") : Optional.empty();
    }
    return Optional.of(mode.creates() ? "New-Mailbox" : "Enable-Mailbox");
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
    ParameterRule rule = rule(parameter);
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
    if (operation == Operation.UPDATE) {
      if (parameter == MAILBOX_TYPE) {
        return new Decision.Ignore("is ignored for existing mailboxes");
      }
      if (DIRECTORY_MANAGED.contains(parameter) && type == MailboxType.USER) {
        // the cloud directory keeps them for the user's whole life, not only at creation
        return new Decision.Apply(Step.DIRECTORY, Optional.empty());
      }
      return rule.update()
          .<Decision>map(c -> new Decision.Apply(Step.UPDATE, Optional.of(c)))
          .orElseGet(() -> new Decision.Ignore("can be set only when the mailbox is created"));
    }
    Optional<String> cmdlet = creationCmdlet(mode, type);
    if (cmdlet.isEmpty()) {
      if (rule.directory()) {
        return new Decision.Apply(Step.DIRECTORY, Optional.empty());
      }
      if (rule.update().isPresent() && parameter != IS_ARCHIVE) {
        return new Decision.Apply(Step.PENDING, rule.update());
      }
      return new Decision.Ignore("cannot be applied to an Exchange Online user mailbox");
    }
    if (parameter == MAILBOX_TYPE) {
      return new Decision.Apply(Step.AT_CREATION, Optional.empty());
    }
    if (parameter == ACCOUNT_DISABLED && type.isResource()) {
      // -AccountDisabled selects New-Mailbox's DisabledUser set; resource accounts are disabled
      return new Decision.Ignore(
          "applies to user mailboxes; a "
              + type.switchName()
              + " mailbox's account is disabled already");
    }
    Optional<String> atCreation =
        cmdlet.get().equals("New-Mailbox") ? rule.newMailbox() : rule.enableMailbox();
    if (NOT_IN_CREATION_SET.getOrDefault(cmdlet.get() + "/" + type, Set.of()).contains(parameter)) {
      atCreation = Optional.empty();
    }
    if (atCreation.isPresent()) {
      return new Decision.Apply(
          Step.AT_CREATION, Optional.of(new Carrier(cmdlet.get(), atCreation.get())));
    }
    if (rule.update().isPresent()) {
      return new Decision.Apply(Step.AFTER_CREATION, rule.update());
    }
    return new Decision.Ignore("is not used by " + cmdlet.get());
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
    return Arrays.stream(ConnectorMode.all().toArray(ConnectorMode[]::new))
        .filter(modes::contains)
        .map(ConnectorMode::toString)
        .collect(Collectors.joining(", "));
  }
}
