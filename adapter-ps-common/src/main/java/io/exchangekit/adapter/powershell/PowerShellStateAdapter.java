package io.exchangekit.adapter.powershell;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.exchangekit.core.recipient.KnownRecipient;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.SettingParameter;
import io.exchangekit.ports.out.exchange.RecipientStatePort;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PowerShell adapter of {@link RecipientStatePort}, one remote call per state: Get-User,
 * Get-Mailbox (Get-RemoteMailbox for a hybrid remote mailbox), Get-CASMailbox and the delegates
 * ({@link MailboxDelegatesRead}) for a mailbox; Get-DistributionGroup with
 * Get-DistributionGroupMember for a group; in the same call, each recipient a list names
 * (ModeratedBy, ManagedBy) resolved to its key and names. Values Exchange holds that this library's
 * value types reject are left out (the planner then sets them again).
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

  // the read parts' property lists and selections, the same for every read
  private static final String USER_SELECT =
      Reads.select(
          concat(
              List.copyOf(USER_FIELDS.keySet()), List.of("AccountDisabled", "UserAccountControl")),
          List.of("RecipientTypeDetails"));
  private static final List<String> MAILBOX_READ_FIELDS =
      concat(
          concat(List.copyOf(MAILBOX_FIELDS.keySet()), ARCHIVE_FIELDS),
          concat(
              List.of("ModeratedBy"),
              java.util.stream.IntStream.rangeClosed(1, 15)
                  .mapToObj(i -> "CustomAttribute" + i)
                  .toList()));
  private static final List<String> MAILBOX_READ =
      concat(MAILBOX_READ_FIELDS, List.of("RecipientTypeDetails"));
  private static final String MAILBOX_SELECT =
      Reads.select(MAILBOX_READ_FIELDS, List.of("RecipientTypeDetails"));

  // the parts of the fused reads; later parts read the objects of earlier ones by these names
  private static final String USER = "u";
  private static final String MAILBOX = "m";
  private static final String CAS = "c";

  /** The lists read only for a request that sets one of them. */
  private static final Set<MailboxParameter> DELEGATES =
      Set.of(
          MailboxParameter.FULL_ACCESS, MailboxParameter.SEND_AS, MailboxParameter.SEND_ON_BEHALF);

  private static final String REMOTE = "rm";
  private static final String MODERATORS = "mk";
  private static final String GROUP = "g";
  private static final String MEMBERS = "gm";
  private static final String GROUP_LISTED = "gk";

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

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
    return loadMailbox(identity, DELEGATES);
  }

  @Override
  public MailboxState loadMailbox(RecipientIdentity identity, Set<MailboxParameter> wanted) {
    Objects.requireNonNull(identity, "'identity' must not be null");
    boolean delegates = wanted.stream().anyMatch(DELEGATES::contains);
    return backoff.run(() -> pool.use(s -> loadMailbox(s, identity.value(), delegates), true));
  }

  /** Get-User, with the account state and the recipient type that says whether a mailbox exists. */
  static FusedRead.Part userPart(String identity) {
    return new FusedRead.Part(
        USER, "Get-User", Reads.get("Get-User", identity, "") + " | " + USER_SELECT);
  }

  static FusedRead.Part mailboxPart(String identity, ReadCmdlets cmdlets) {
    // only for a user that has a mailbox, as Get-User reports
    return new FusedRead.Part(
        MAILBOX,
        cmdlets.cmdlet(ReadCmdlets.Kind.MAILBOX),
        "$"
            + USER
            + "|Where-Object{$_.RecipientTypeDetails -like '*Mailbox' -and"
            + " $_.RecipientTypeDetails -notlike 'Remote*'}|ForEach-Object{"
            + cmdlets.read(ReadCmdlets.Kind.MAILBOX, identity, MAILBOX_READ)
            + "}|"
            + MAILBOX_SELECT);
  }

  /**
   * Get-RemoteMailbox, for a user Get-User reports with a hybrid remote mailbox (Exchange Server
   * only); its client protocols are Exchange Online's, so no CAS mailbox is read for it.
   */
  static FusedRead.Part remotePart(String identity) {
    return new FusedRead.Part(
        REMOTE,
        "Get-RemoteMailbox",
        "$"
            + USER
            + "|Where-Object{$_.RecipientTypeDetails -like 'Remote*Mailbox'}|ForEach-Object{"
            + Reads.get("Get-RemoteMailbox", identity, "")
            + "}|"
            + MAILBOX_SELECT);
  }

  static FusedRead.Part casPart(String identity, ReadCmdlets cmdlets) {
    List<String> fields =
        EnumSet.allOf(CasProtocol.class).stream().map(CasProtocol::parameter).toList();
    return new FusedRead.Part(
        CAS,
        cmdlets.cmdlet(ReadCmdlets.Kind.CAS_MAILBOX),
        "$"
            + MAILBOX
            + "|ForEach-Object{"
            + cmdlets.read(ReadCmdlets.Kind.CAS_MAILBOX, identity, fields)
            + "}|"
            + Reads.select(fields, List.of()));
  }

  /**
   * The state of a mailbox in one remote call: Get-User, Get-Mailbox, Get-CASMailbox and the
   * recipients its ModeratedBy lists. A missing user or a user without a mailbox is answered in the
   * same call; each part runs only when the one before found something, so Exchange is asked
   * nothing it would refuse.
   */
  private MailboxState loadMailbox(PsSession session, String identity, boolean withDelegates) {
    ReadCmdlets cmdlets = ReadCmdlets.forVersion(session.version());
    FusedRead.Part user = userPart(identity);
    FusedRead.Part mailbox = mailboxPart(identity, cmdlets);
    FusedRead.Part cas = casPart(identity, cmdlets);
    boolean online = session.version().isOnline();
    List<FusedRead.Part> parts = new ArrayList<>(List.of(user, mailbox));
    Optional<FusedRead.Part> remote = online ? Optional.empty() : Optional.of(remotePart(identity));
    remote.ifPresent(parts::add);
    // a remote mailbox's moderators stay as printed (unresolved): Exchange Online holds them
    FusedRead.Part moderators =
        RecipientKeys.resolvePart(MODERATORS, "$" + MAILBOX, List.of("ModeratedBy"), cmdlets);
    List<FusedRead.Part> delegates =
        withDelegates ? MailboxDelegatesRead.parts(identity, online) : List.of();
    parts.add(cas);
    parts.add(moderators);
    parts.addAll(delegates);
    FusedRead.Answer answer = FusedRead.run(reads, session, parts);
    JsonNode u = answer.rows(user).flatMap(PowerShellStateAdapter::first).orElse(null);
    if (u == null) {
      return MailboxState.ABSENT;
    }
    MailboxSettings.Builder values = MailboxSettings.builder();
    USER_FIELDS.forEach((field, p) -> set(values, p, u.get(field)));
    boolean enabled = !accountDisabled(u);
    set(values, MailboxParameter.ACCOUNT_DISABLED, u.get("AccountDisabled"));
    Optional<MailboxType> type = mailboxType(Json.text(u.get("RecipientTypeDetails")));
    JsonNode m =
        answer
            .rows(mailbox)
            .flatMap(PowerShellStateAdapter::first)
            .or(() -> remote.flatMap(answer::rows).flatMap(PowerShellStateAdapter::first))
            .orElse(null);
    if (type.isEmpty() || m == null) {
      return new MailboxState(true, Optional.empty(), values.build(), Set.of(), Map.of(), enabled);
    }
    MAILBOX_FIELDS.forEach((field, p) -> set(values, p, m.get(field)));
    hasArchive(m).ifPresent(b -> values.set(MailboxParameter.IS_ARCHIVE, b));
    values.set(MailboxParameter.MODERATED_BY, MultiValue.replace(identities(m.get("ModeratedBy"))));
    RecipientKeys keys =
        RecipientKeys.of(answer.rows(moderators).orElse(List.of()), session.version().isOnline());
    Map<MailboxParameter, List<KnownRecipient>> listed = new EnumMap<>(MailboxParameter.class);
    if (!delegates.isEmpty()) {
      listed.putAll(MailboxDelegatesRead.decode(answer, delegates));
    }
    listed.put(MailboxParameter.MODERATED_BY, keys.listed(m.get("ModeratedBy")));
    Map<Integer, String> custom = new LinkedHashMap<>();
    for (int i = 1; i <= 15; i++) {
      int n = i;
      Json.text(m.get("CustomAttribute" + i)).ifPresent(v -> custom.put(n, v));
    }
    Set<CasProtocol> protocols = EnumSet.noneOf(CasProtocol.class);
    JsonNode c = answer.rows(cas).flatMap(PowerShellStateAdapter::first).orElse(null);
    for (CasProtocol p : CasProtocol.values()) {
      if (c == null || Json.bool(c.get(p.parameter())).orElse(true)) {
        protocols.add(p);
      }
    }
    MailboxType actual = mailboxType(Json.text(m.get("RecipientTypeDetails"))).orElse(type.get());
    return new MailboxState(
        true, Optional.of(actual), values.build(), protocols, custom, enabled, listed);
  }

  @Override
  public Optional<GroupState> loadGroup(RecipientIdentity identity) {
    Objects.requireNonNull(identity, "'identity' must not be null");
    return backoff.run(() -> pool.use(s -> loadGroup(s, identity.value()), true));
  }

  /**
   * The state of a group in one remote call: Get-DistributionGroup, its members and the recipients
   * its ManagedBy and ModeratedBy list. A group that does not exist is answered in the same call.
   */
  private Optional<GroupState> loadGroup(PsSession session, String identity) {
    List<String> fields = new ArrayList<>(GROUP_FIELDS.keySet());
    fields.add("ManagedBy");
    fields.add("ModeratedBy");
    FusedRead.Part groupPart =
        new FusedRead.Part(
            GROUP,
            "Get-DistributionGroup",
            Reads.get("Get-DistributionGroup", identity, "")
                + " | "
                + Reads.select(fields, List.of("RecipientTypeDetails")));
    FusedRead.Part membersPart =
        new FusedRead.Part(
            MEMBERS,
            "Get-DistributionGroupMember",
            "$"
                + GROUP
                + "|ForEach-Object{"
                + Reads.get("Get-DistributionGroupMember", identity, " -ResultSize 'Unlimited'")
                + "}|"
                + RecipientKeys.selectNames(""));
    FusedRead.Part listedPart =
        RecipientKeys.resolvePart(
            GROUP_LISTED,
            "$" + GROUP,
            List.of("ManagedBy", "ModeratedBy"),
            ReadCmdlets.forVersion(session.version()));
    FusedRead.Answer answer =
        FusedRead.run(reads, session, List.of(groupPart, membersPart, listedPart));
    JsonNode group = answer.rows(groupPart).flatMap(PowerShellStateAdapter::first).orElse(null);
    if (group == null) {
      return Optional.empty();
    }
    boolean online = session.version().isOnline();
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
    RecipientKeys keys = RecipientKeys.of(answer.rows(listedPart).orElse(List.of()), online);
    Map<GroupParameter, List<KnownRecipient>> listed =
        Map.of(
            GroupParameter.MANAGED_BY, keys.listed(group.get("ManagedBy")),
            GroupParameter.MODERATED_BY, keys.listed(group.get("ModeratedBy")));
    List<KnownRecipient> members = new ArrayList<>();
    // a group that vanished between the two reads has no members
    for (JsonNode m : answer.rows(membersPart).orElse(List.of())) {
      RecipientKeys.recipient(m, online).ifPresent(members::add);
    }
    return Optional.of(new GroupState(values, members, listed));
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

  private static Optional<JsonNode> first(List<JsonNode> rows) {
    return rows.stream().findFirst();
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
