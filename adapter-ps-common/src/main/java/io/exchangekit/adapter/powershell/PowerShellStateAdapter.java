package io.exchangekit.adapter.powershell;

import com.fasterxml.jackson.databind.JsonNode;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.group.DistributionGroupSettings;
import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.group.GroupType;
import io.exchangekit.core.mailbox.CasProtocol;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.SettingParameter;
import io.exchangekit.ports.out.exchange.RecipientStatePort;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PowerShell adapter of {@link RecipientStatePort}: Get-User, then Get-Mailbox, Get-CASMailbox and
 * the delegates ({@link MailboxDelegatesRead}) for a mailbox; Get-DistributionGroup with
 * Get-DistributionGroupMember for a group. Values Exchange holds that this library's value types
 * reject are left out (the planner then sets them again).
 */
final class PowerShellStateAdapter implements RecipientStatePort {
  private static final Logger LOG = LoggerFactory.getLogger(PowerShellStateAdapter.class);

  // Exchange's property names are the parameters' attribute names: these say which cmdlet
  // reports which parameter.
  private static final Map<String, MailboxParameter> USER_FIELDS =
      byName(
          List.of(
              MailboxParameter.NAME,
              MailboxParameter.DISPLAY_NAME,
              MailboxParameter.FIRST_NAME,
              MailboxParameter.LAST_NAME,
              MailboxParameter.INITIALS,
              MailboxParameter.USER_PRINCIPAL_NAME,
              MailboxParameter.SAM_ACCOUNT_NAME,
              MailboxParameter.RESET_PASSWORD_ON_NEXT_LOGON));

  /** What tells whether a mailbox has an archive, on Exchange Server and in Exchange Online. */
  private static final List<String> ARCHIVE_FIELDS =
      List.of("ArchiveGuid", "ArchiveState", "ArchiveStatus");

  private static final String NO_ARCHIVE_GUID = "00000000-0000-0000-0000-000000000000";

  private static final Map<String, MailboxParameter> MAILBOX_FIELDS =
      byName(
          List.of(
              MailboxParameter.ALIAS,
              MailboxParameter.PRIMARY_SMTP_ADDRESS,
              MailboxParameter.DATABASE,
              MailboxParameter.ARCHIVE_DATABASE,
              MailboxParameter.RETENTION_POLICY,
              MailboxParameter.SHARING_POLICY,
              MailboxParameter.ADDRESS_BOOK_POLICY,
              MailboxParameter.ACTIVE_SYNC_MAILBOX_POLICY,
              MailboxParameter.ROLE_ASSIGNMENT_POLICY,
              MailboxParameter.THROTTLING_POLICY,
              MailboxParameter.ARBITRATION_MAILBOX,
              MailboxParameter.MANAGED_FOLDER_MAILBOX_POLICY,
              MailboxParameter.IMMUTABLE_ID,
              MailboxParameter.HIDDEN_FROM_ADDRESS_LISTS,
              MailboxParameter.SEND_MODERATION_NOTIFICATIONS));
  private static final Map<String, GroupParameter> GROUP_FIELDS =
      byName(
          List.of(
              GroupParameter.NAME,
              GroupParameter.ALIAS,
              GroupParameter.DISPLAY_NAME,
              GroupParameter.PRIMARY_SMTP_ADDRESS,
              GroupParameter.ORGANIZATIONAL_UNIT,
              GroupParameter.MODERATION_ENABLED,
              GroupParameter.SEND_MODERATION_NOTIFICATIONS,
              GroupParameter.MEMBER_JOIN_RESTRICTION,
              GroupParameter.MEMBER_DEPART_RESTRICTION,
              GroupParameter.REQUIRE_SENDER_AUTHENTICATION,
              GroupParameter.HIDDEN_FROM_ADDRESS_LISTS,
              GroupParameter.NOTES));

  private static <P extends SettingParameter> Map<String, P> byName(List<P> parameters) {
    Map<String, P> byName = new LinkedHashMap<>();
    parameters.forEach(p -> byName.put(p.attributeName(), p));
    return byName;
  }

  private final SessionPool pool;
  private final Reads reads;
  private final Backoff backoff;

  PowerShellStateAdapter(SessionPool pool, Reads reads, Backoff backoff) {
    this.pool = pool;
    this.reads = reads;
    this.backoff = backoff;
  }

  @Override
  public MailboxState loadMailbox(RecipientIdentity identity) {
    Objects.requireNonNull(identity, "'identity' must not be null");
    return backoff.run(() -> pool.use(s -> loadMailbox(s, identity.value()), true));
  }

  private MailboxState loadMailbox(PsSession session, String identity) {
    List<String> userFields = new ArrayList<>(USER_FIELDS.keySet());
    userFields.add("AccountDisabled");
    userFields.add("UserAccountControl");
    JsonNode user;
    try {
      user =
          first(
              reads
                  .read(
                      session,
                      Script.of(
                          "$r=@("
                              + Reads.get("Get-User", identity, "")
                              + " | "
                              + Reads.select(userFields, List.of("RecipientTypeDetails"))
                              + ")",
                          "Get-User"),
                      "Get-User")
                  .data());
    } catch (UnknownObjectException e) {
      return MailboxState.ABSENT;
    }
    if (user == null) {
      return MailboxState.ABSENT;
    }
    MailboxSettings.Builder values = MailboxSettings.builder();
    USER_FIELDS.forEach((field, p) -> set(values, p, user.get(field)));
    boolean enabled = !accountDisabled(user);
    set(values, MailboxParameter.ACCOUNT_DISABLED, user.get("AccountDisabled"));
    Optional<MailboxType> type = mailboxType(Json.text(user.get("RecipientTypeDetails")));
    if (type.isEmpty()) {
      return new MailboxState(true, Optional.empty(), values.build(), Set.of(), Map.of(), enabled);
    }
    List<String> mailboxFields = new ArrayList<>(MAILBOX_FIELDS.keySet());
    mailboxFields.addAll(ARCHIVE_FIELDS);
    mailboxFields.add("ModeratedBy");
    for (int i = 1; i <= 15; i++) {
      mailboxFields.add("CustomAttribute" + i);
    }
    List<String> protocolFields =
        EnumSet.allOf(CasProtocol.class).stream().map(CasProtocol::parameter).toList();
    // a hybrid remote mailbox is read with Get-RemoteMailbox; its client protocols are Online's
    boolean remote = isRemote(Json.text(user.get("RecipientTypeDetails")));
    String mailboxRead = remote ? "Get-RemoteMailbox" : "Get-Mailbox";
    String casRead = remote ? "@()" : Reads.get("Get-CASMailbox", identity, "");
    JsonNode data;
    try {
      data =
          reads
              .read(
                  session,
                  Script.of(
                      "$m=@("
                          + Reads.get(mailboxRead, identity, "")
                          + " | "
                          + Reads.select(mailboxFields, List.of("RecipientTypeDetails"))
                          + ");$c=@("
                          + casRead
                          + (remote ? "" : " | " + Reads.select(protocolFields, List.of()))
                          + ");"
                          + (remote
                              ? "$d=$null"
                              : MailboxDelegatesRead.fragment(identity, online(session)))
                          + ";$r=[pscustomobject]@{m=$m;c=$c;d=$d}",
                      remote ? mailboxRead : "Get-Mailbox, Get-CASMailbox, mailbox permissions"),
                  mailboxRead)
              .data();
    } catch (UnknownObjectException e) {
      return new MailboxState(true, Optional.empty(), values.build(), Set.of(), Map.of(), enabled);
    }
    JsonNode mailbox = first(data.get("m"));
    if (mailbox == null) {
      return new MailboxState(true, Optional.empty(), values.build(), Set.of(), Map.of(), enabled);
    }
    MAILBOX_FIELDS.forEach((field, p) -> set(values, p, mailbox.get(field)));
    hasArchive(mailbox).ifPresent(b -> values.set(MailboxParameter.IS_ARCHIVE, b));
    List<RecipientIdentity> moderators = identities(mailbox.get("ModeratedBy"));
    values.set(MailboxParameter.MODERATED_BY, MultiValue.replace(moderators));
    Map<Integer, String> custom = new LinkedHashMap<>();
    for (int i = 1; i <= 15; i++) {
      int n = i;
      Json.text(mailbox.get("CustomAttribute" + i)).ifPresent(v -> custom.put(n, v));
    }
    Set<CasProtocol> protocols = EnumSet.noneOf(CasProtocol.class);
    JsonNode cas = first(data.get("c"));
    for (CasProtocol p : CasProtocol.values()) {
      if (cas == null || Json.bool(cas.get(p.parameter())).orElse(true)) {
        protocols.add(p);
      }
    }
    MailboxType actual =
        mailboxType(Json.text(mailbox.get("RecipientTypeDetails"))).orElse(type.get());
    return new MailboxState(
        true,
        Optional.of(actual),
        values.build(),
        protocols,
        custom,
        enabled,
        MailboxDelegatesRead.decode(data.get("d")));
  }

  private static boolean online(PsSession session) {
    return session.version() != null && session.version().isOnline();
  }

  @Override
  public Optional<GroupState> loadGroup(RecipientIdentity identity) {
    Objects.requireNonNull(identity, "'identity' must not be null");
    return backoff.run(() -> pool.use(s -> loadGroup(s, identity.value()), true));
  }

  private Optional<GroupState> loadGroup(PsSession session, String identity) {
    List<String> fields = new ArrayList<>(GROUP_FIELDS.keySet());
    fields.add("ManagedBy");
    fields.add("ModeratedBy");
    JsonNode data;
    try {
      data =
          reads
              .read(
                  session,
                  Script.of(
                      "$g=@("
                          + Reads.get("Get-DistributionGroup", identity, "")
                          + " | "
                          + Reads.select(fields, List.of("RecipientTypeDetails"))
                          + ");$m=@("
                          + Reads.get(
                              "Get-DistributionGroupMember", identity, " -ResultSize 'Unlimited'")
                          + " | "
                          + Reads.select(List.of("Name", "PrimarySmtpAddress"), List.of())
                          + ");$r=[pscustomobject]@{g=$g;m=$m}",
                      "Get-DistributionGroup, Get-DistributionGroupMember"),
                  "Get-DistributionGroup")
              .data();
    } catch (UnknownObjectException e) {
      return Optional.empty();
    }
    JsonNode group = first(data.get("g"));
    if (group == null) {
      return Optional.empty();
    }
    DistributionGroupSettings values = DistributionGroupSettings.EMPTY;
    for (Map.Entry<String, GroupParameter> f : GROUP_FIELDS.entrySet()) {
      Optional<String> text = Json.text(group.get(f.getKey()));
      if (text.isPresent()) {
        try {
          values = values.with(f.getValue(), f.getValue().parse(text.get()));
        } catch (IllegalArgumentException e) {
          LOG.debug("group value {} not representable: {}", f.getKey(), e.getMessage());
        }
      }
    }
    values =
        values.with(
            GroupParameter.TYPE,
            Json.text(group.get("RecipientTypeDetails")).orElse("").contains("Security")
                ? GroupType.SECURITY
                : GroupType.DISTRIBUTION);
    values =
        values.with(
            GroupParameter.MANAGED_BY, MultiValue.replace(identities(group.get("ManagedBy"))));
    values =
        values.with(
            GroupParameter.MODERATED_BY, MultiValue.replace(identities(group.get("ModeratedBy"))));
    Set<String> members = new LinkedHashSet<>();
    for (JsonNode m : Json.elements(data.get("m"))) {
      Json.text(m.get("PrimarySmtpAddress"))
          .or(() -> Json.text(m.get("Name")))
          .ifPresent(members::add);
    }
    return Optional.of(new GroupState(values, members));
  }

  /**
   * Whether the mailbox has an archive. Exchange Server reports a local archive by a non-zero
   * ArchiveGuid and ArchiveState Local while ArchiveStatus stays None (it speaks of archives in
   * Exchange Online, which reports ArchiveStatus Active); empty when the output says nothing.
   */
  static Optional<Boolean> hasArchive(JsonNode mailbox) {
    Optional<Boolean> byGuid =
        Json.text(mailbox.get("ArchiveGuid"))
            .filter(g -> !g.isBlank())
            .map(g -> !g.equalsIgnoreCase(NO_ARCHIVE_GUID));
    // ArchiveState is an enum whose None is 0 when a serializer writes it as a number
    Optional<Boolean> byState =
        Json.text(mailbox.get("ArchiveState"))
            .map(s -> !s.equalsIgnoreCase("None") && !s.equals("0"));
    Optional<Boolean> byStatus =
        Json.text(mailbox.get("ArchiveStatus")).map(s -> s.equalsIgnoreCase("Active"));
    List<Optional<Boolean>> said = List.of(byGuid, byState, byStatus);
    if (said.stream().allMatch(Optional::isEmpty)) {
      return Json.bool(mailbox.get("IsArchive"));
    }
    return Optional.of(said.stream().anyMatch(o -> o.orElse(false)));
  }

  private static JsonNode first(JsonNode node) {
    List<JsonNode> e = Json.elements(node);
    return e.isEmpty() ? null : e.get(0);
  }

  private static void set(MailboxSettings.Builder values, MailboxParameter p, JsonNode node) {
    Optional<String> text = Json.text(node);
    if (text.isEmpty()) {
      return;
    }
    try {
      values.set(p, p.parse(text.get()));
    } catch (IllegalArgumentException e) {
      LOG.debug("mailbox value {} not representable: {}", p.attributeName(), e.getMessage());
    }
  }

  private static List<RecipientIdentity> identities(JsonNode node) {
    List<RecipientIdentity> out = new ArrayList<>();
    for (String t : Json.texts(node)) {
      try {
        out.add(RecipientIdentity.of(t));
      } catch (IllegalArgumentException e) {
        LOG.debug("identity not representable: {}", e.getMessage());
      }
    }
    return out;
  }

  private static boolean accountDisabled(JsonNode user) {
    Optional<Boolean> disabled = Json.bool(user.get("AccountDisabled"));
    if (disabled.isPresent()) {
      return disabled.get();
    }
    return Json.texts(user.get("UserAccountControl")).stream()
        .anyMatch(t -> t.contains("AccountDisabled"));
  }

  /** The mailbox type of a RecipientTypeDetails value; empty when it is not a mailbox. */
  static Optional<MailboxType> mailboxType(Optional<String> details) {
    if (details.isEmpty()) {
      return Optional.empty();
    }
    String d = RecipientTypes.name(details.get());
    for (MailboxType t : MailboxType.values()) {
      if (t.recipientTypeDetails().equalsIgnoreCase(d)) {
        return Optional.of(t);
      }
    }
    if (isRemote(details)) {
      // hybrid: RemoteUserMailbox, RemoteRoomMailbox, RemoteEquipmentMailbox, RemoteSharedMailbox
      return mailboxType(Optional.of(d.substring("Remote".length())));
    }
    if (d.endsWith("Mailbox") && !d.startsWith("Remote")) {
      return Optional.of(MailboxType.USER);
    }
    return Optional.empty();
  }

  /** Whether a RecipientTypeDetails value is a hybrid remote mailbox's. */
  static boolean isRemote(Optional<String> details) {
    return details
        .filter(d -> d.startsWith("Remote") && d.endsWith("Mailbox") && d.length() > 13)
        .isPresent();
  }
}
