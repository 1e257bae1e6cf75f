package io.exchangekit.adapter.powershell;

import com.fasterxml.jackson.databind.JsonNode;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.recipient.KnownRecipient;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The part of a mailbox's state read that lists its delegates, as a self-contained script fragment
 * and its decoder, so that it joins the same remote call as the mailbox read.
 *
 * <p>The fragment leaves in {@code $dfa}, {@code $dsa} and {@code $dsb} the FullAccess, SendAs and
 * SendOnBehalf delegates ({@link #parts} answers them as parts of a {@link FusedRead}): for each
 * delegate the text Exchange printed and what {@code Get-User} and {@code Get-Recipient} report for
 * it (Guid, Name, UPN, SamAccountName, Alias, addresses…), so a delegate printed {@code
 * CONTOSO\bob} compares equal to a request naming {@code bob@contoso.com}. FullAccess comes from
 * Get-MailboxPermission; SendAs from Get-ADPermission's Send-As extended right on-premises and from
 * Get-RecipientPermission online; SendOnBehalf from Get-Mailbox's GrantSendOnBehalfTo. Inherited
 * and Deny entries are left out, and so are system principals (NT AUTHORITY\…, BUILTIN\…, bare SIDs
 * such as an orphaned S-1-5-21-… entry).
 */
final class MailboxDelegatesRead {
  private static final List<String> USER_FIELDS =
      List.of(
          "Name",
          "UserPrincipalName",
          "SamAccountName",
          "DistinguishedName",
          "Identity",
          "WindowsEmailAddress");
  private static final List<String> RECIPIENT_FIELDS =
      List.of("Name", "Alias", "PrimarySmtpAddress", "DistinguishedName", "Identity");

  private MailboxDelegatesRead() {}

  /**
   * The fragment: statements separated by {@code ;} that set {@code $dfa}, {@code $dsa} and {@code
   * $dsb}, emptied first so that a session never answers an earlier mailbox's delegates; no
   * trailing {@code ;}.
   */
  static String fragment(String identity, boolean online) {
    String quiet = " -ErrorAction Stop -WarningAction SilentlyContinue 3>$null";
    String mailbox = PowerShellText.quote(identity);
    String fullAccess =
        "$dfa=@(Get-MailboxPermission -Identity "
            + mailbox
            + quiet
            + " | Where-Object {-not $_.IsInherited -and -not $_.Deny -and"
            + " ([string]$_.AccessRights) -like '*FullAccess*'} | ForEach-Object {[string]$_.User}"
            + " | "
            + notSystem()
            + " | "
            + resolve()
            + ")";
    String sendAs =
        online
            ? "$dsa=@(Get-RecipientPermission -Identity "
                + mailbox
                + quiet
                + " | Where-Object {-not $_.IsInherited -and ([string]$_.AccessControlType) -ne"
                + " 'Deny' -and ([string]$_.AccessRights) -like '*SendAs*'} | ForEach-Object"
                + " {[string]$_.Trustee} | "
                + notSystem()
                + " | "
                + resolve()
                + ")"
            // AD permissions name the mailbox as an AD object: by its distinguished name
            : "$dsa=@(Get-ADPermission -Identity ([string]$dm[0].DistinguishedName)"
                + quiet
                + " | Where-Object {-not $_.IsInherited -and -not $_.Deny -and"
                + " ([string]$_.ExtendedRights) -like '*Send-As*'} | ForEach-Object"
                + " {[string]$_.User} | "
                + notSystem()
                + " | "
                + resolve()
                + ")";
    return "$dfa=@();$dsa=@();$dsb=@();$dm=@(Get-Mailbox -Identity "
        + mailbox
        + quiet
        + ");"
        + fullAccess
        + ";"
        + sendAs
        + ";$dsb=@($dm[0].GrantSendOnBehalfTo | ForEach-Object {[string]$_} | "
        + resolve()
        + ")";
  }

  private static String notSystem() {
    return "Where-Object {$_ -notlike 'NT AUTHORITY\\*' -and $_ -notlike 'BUILTIN\\*' -and $_"
        + " -notlike 'S-1-*'}";
  }

  /** Each printed principal with what Get-User and Get-Recipient say of it (absent: null). */
  private static String resolve() {
    return "ForEach-Object {$dp=$_;$du=$null;$dr=$null;try{$du=@(Get-User -Identity $dp"
        + " -ErrorAction Stop -WarningAction SilentlyContinue 3>$null | "
        + Reads.select(USER_FIELDS, List.of("Guid"))
        + ")}catch{};try{$dr=@(Get-Recipient -Identity $dp -ErrorAction Stop -WarningAction"
        + " SilentlyContinue 3>$null | "
        + Reads.select(RECIPIENT_FIELDS, List.of("Guid"))
        + ")}catch{};[pscustomobject]@{Printed=$dp;User=$du;Recipient=$dr}}";
  }

  /**
   * The three parts of a fused read that answer the delegates of {@code identity}: the first runs
   * the fragment (a user without a mailbox, or with a hybrid remote mailbox, is "not found" and
   * answers no delegates), the other two answer the lists it left. The state adapter adds them only
   * for a request that sets delegates. A part's name is its own variable, emptied as the part
   * starts, so the names differ from the fragment's.
   */
  static List<FusedRead.Part> parts(String identity, boolean online) {
    return List.of(
        new FusedRead.Part(
            "fullaccess", "Get-MailboxPermission", "$dfa", fragment(identity, online)),
        new FusedRead.Part(
            "sendas", online ? "Get-RecipientPermission" : "Get-ADPermission", "$dsa"),
        new FusedRead.Part("onbehalf", "Get-Mailbox", "$dsb"));
  }

  /** The delegates of each delegate parameter, from the rows of {@link #parts}. */
  static Map<MailboxParameter, List<KnownRecipient>> decode(
      FusedRead.Answer answer, List<FusedRead.Part> parts) {
    com.fasterxml.jackson.databind.node.ObjectNode d = Envelope.JSON.createObjectNode();
    List<String> names = List.of("FullAccess", "SendAs", "SendOnBehalf");
    for (int i = 0; i < names.size(); i++) {
      d.set(names.get(i), Envelope.JSON.valueToTree(answer.rows(parts.get(i)).orElse(List.of())));
    }
    return decode(d);
  }

  /** The delegates of each delegate parameter, from an object with the three lists. */
  static Map<MailboxParameter, List<KnownRecipient>> decode(JsonNode d) {
    Map<MailboxParameter, List<KnownRecipient>> out = new EnumMap<>(MailboxParameter.class);
    out.put(MailboxParameter.FULL_ACCESS, recipients(d == null ? null : d.get("FullAccess")));
    out.put(MailboxParameter.SEND_AS, recipients(d == null ? null : d.get("SendAs")));
    out.put(MailboxParameter.SEND_ON_BEHALF, recipients(d == null ? null : d.get("SendOnBehalf")));
    return out;
  }

  private static List<KnownRecipient> recipients(JsonNode entries) {
    List<KnownRecipient> out = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (JsonNode e : Json.elements(entries)) {
      String printed = Json.text(e.get("Printed")).orElse("");
      if (printed.isBlank() || isSystem(printed)) {
        continue;
      }
      JsonNode user = first(e.get("User"));
      JsonNode recipient = first(e.get("Recipient"));
      List<String> names = new ArrayList<>();
      names.add(printed);
      String key = null;
      for (JsonNode found : new JsonNode[] {user, recipient}) {
        if (found == null) {
          continue;
        }
        if (key == null) {
          key = Json.text(found.get("Guid")).filter(g -> !g.isBlank()).orElse(null);
        }
        found.fields().forEachRemaining(f -> names.addAll(Json.texts(f.getValue())));
      }
      KnownRecipient r = KnownRecipient.of(key == null ? printed : key, names);
      if (keys.add(r.key().toLowerCase(Locale.ROOT))) {
        out.add(r);
      }
    }
    return out;
  }

  private static JsonNode first(JsonNode node) {
    List<JsonNode> e = Json.elements(node);
    return e.isEmpty() ? null : e.get(0);
  }

  /** Principals that are not delegates a request manages. */
  static boolean isSystem(String printed) {
    String p = printed.toUpperCase(Locale.ROOT);
    return p.startsWith("NT AUTHORITY\\") || p.startsWith("BUILTIN\\") || p.startsWith("S-1-");
  }
}
