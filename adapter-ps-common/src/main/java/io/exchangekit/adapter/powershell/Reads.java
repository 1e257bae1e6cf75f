package io.exchangekit.adapter.powershell;

import io.exchangekit.adapter.powershell.ExchangeErrorTable.Phase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Runs a read-only script on a session and turns an error envelope into a domain exception. */
final class Reads {
  private final Duration callTimeout;
  private final Duration defaultBackoff;

  Reads(Duration callTimeout, Duration defaultBackoff) {
    this.callTimeout = callTimeout;
    this.defaultBackoff = defaultBackoff;
  }

  /**
   * @param cmdlet the cmdlet named in a failure message
   * @throws io.exchangekit.core.error.ExchangeConnectorException mapped by the error table
   * @throws SessionFailure when the session broke
   */
  Envelope read(PsSession session, Script script, String cmdlet) {
    return read(session, script, cmdlet, callTimeout);
  }

  /** As {@link #read(PsSession, Script, String)}, with its own timeout. */
  Envelope read(PsSession session, Script script, String cmdlet, Duration timeout) {
    Envelope e = session.call(script, timeout);
    if (!e.ok()) {
      throw failure(session, e.error().orElseThrow(), script, cmdlet);
    }
    return e;
  }

  /**
   * What to throw for an error record of a read: a broken remote session poisons {@code session}
   * and is a {@link SessionFailure}, so the pool repeats the read on a fresh one; anything else is
   * the error table's exception.
   */
  RuntimeException failure(
      PsSession session, Envelope.ErrorRecord error, Script script, String cmdlet) {
    if (PsSession.remoteSessionBroken(error)) {
      session.poison("Exchange reports that the remote session is broken");
      return new SessionFailure(
          SessionFailure.Kind.CRASHED,
          "Exchange reports that the remote session is broken ("
              + script.redact(error.message())
              + ")");
    }
    return ExchangeErrorTable.toException(error, Phase.COMMAND, cmdlet, script, defaultBackoff);
  }

  /** {@code Cmdlet -Identity '…'} with the common read parameters. */
  static String get(String cmdlet, String identity, String extra) {
    return cmdlet
        + " -Identity "
        + PowerShellText.quote(identity)
        + extra
        + " -ErrorAction Stop -WarningAction SilentlyContinue 3>$null";
  }

  /**
   * Properties that hold several values (MultiValuedProperty, ADMultiValuedProperty and the like):
   * each element is read as its text, and the list stays a list.
   */
  static final Set<String> MULTI_VALUED =
      Set.of(
          "EmailAddresses",
          "ModeratedBy",
          "ManagedBy",
          "GrantSendOnBehalfTo",
          "AcceptMessagesOnlyFrom",
          "AcceptMessagesOnlyFromDLMembers",
          "AcceptMessagesOnlyFromSendersOrMembers",
          "RejectMessagesFrom",
          "RejectMessagesFromDLMembers",
          "RejectMessagesFromSendersOrMembers",
          "BypassModerationFromSendersOrMembers",
          "ExtensionCustomAttribute1",
          "ExtensionCustomAttribute2",
          "ExtensionCustomAttribute3",
          "ExtensionCustomAttribute4",
          "ExtensionCustomAttribute5",
          "Languages",
          "ProtocolSettings",
          "InPlaceHolds",
          "PoliciesIncluded",
          "PoliciesExcluded",
          "AddressListMembership",
          "MailTipTranslations",
          "UMDtmfMap",
          "ObjectClass",
          "PersistedCapabilities",
          "ArchiveName",
          "Members");

  /**
   * Date properties: selected as they are, so that the serializer writes its own unambiguous form
   * ({@code "\\/Date(ms)\\/"} in Windows PowerShell 5.1, ISO 8601 in PowerShell 7), which {@link
   * Json#instant} reads; {@code [string]} would print the host culture's format.
   */
  static final Set<String> DATES =
      Set.of(
          "WhenCreated",
          "WhenChanged",
          "WhenCreatedUTC",
          "WhenChangedUTC",
          "WhenMailboxCreated",
          "WhenSoftDeleted",
          "LitigationHoldDate",
          "LastLogonTime",
          "StsRefreshTokensValidFrom");

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  /**
   * {@code Select-Object -Property …} that reads every property in the form the adapters expect,
   * whatever type Exchange or the deserializer gives it: a list of texts for {@link #MULTI_VALUED}
   * properties ({@code @{n='X';e={@($_.X|ForEach-Object {[string]$_})}}}), the value itself for
   * Booleans ({@code *Enabled}, {@code Is*}, {@code AccountDisabled}, …) and {@link #DATES}, and
   * {@code [string]} for every other one, so that quotas print as {@code Unlimited} or {@code 49.5
   * GB (53,150,220,288 bytes)}, enums by name and identities by their text, never as nested
   * property bags or numbers. {@code *} is selected as it is.
   *
   * @param properties the properties to read
   * @param asText more properties to read (kept for callers that name the textual ones apart)
   */
  static String select(List<String> properties, List<String> asText) {
    StringBuilder sb = new StringBuilder("Select-Object -Property ");
    String sep = "";
    List<String> all = new ArrayList<>(properties);
    asText.stream().filter(p -> !all.contains(p)).forEach(all::add);
    for (String p : all) {
      sb.append(sep).append(column(p));
      sep = ",";
    }
    return sb.toString();
  }

  /** One column of {@link #select}. */
  static String column(String p) {
    if (!NAME.matcher(p).matches() || DATES.contains(p) || isBoolean(p)) {
      return PowerShellText.quote(p);
    }
    String e =
        MULTI_VALUED.contains(p)
            ? "@($_." + p + "|ForEach-Object {[string]$_})"
            : "[string]$_." + p;
    return "@{n=" + PowerShellText.quote(p) + ";e={" + e + "}}";
  }

  /** Properties that Exchange reports as Booleans (a deserialized Boolean stays one). */
  static boolean isBoolean(String p) {
    return p.endsWith("Enabled")
        || (p.startsWith("Is") && p.length() > 2 && Character.isUpperCase(p.charAt(2)))
        || p.equals("AccountDisabled")
        || p.equals("ResetPasswordOnNextLogon")
        || p.equals("UseDatabaseQuotaDefaults")
        || p.equals("DeliverToMailboxAndForward");
  }
}
