package io.exchangekit.testfixtures.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.mailbox.CasProtocol;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.SmtpAddress;
import io.exchangekit.ports.out.exchange.RecipientStatePort;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RecipientStatePort} must do: report absence as {@link MailboxState#ABSENT} and
 * an empty group rather than failing; read back a mailbox's type, values, custom attributes and
 * client protocols, and a group's values and members, as they were applied, any text verbatim; find
 * the same recipient by any of its identities.
 *
 * <p>Extend it with {@link #backend()} and {@link #acceptedDomain()}; see {@link
 * ExchangePortContractSupport} for what the suite assumes about the organisation.
 */
public abstract class RecipientStatePortContract extends ExchangePortContractSupport {

  /** Texts that quoting, encoding or parsing could change on the way there and back. */
  private static final List<String> HOSTILE =
      List.of(
          "O'Brien",
          "\u2018curly\u2019 \u201adouble\u201b",
          "$(Remove-Mailbox x) `$env:PATH ${x}",
          "a;b | c & d > e",
          "\"double\" @'here'@",
          "M\u00fcller \u4e2d\u6587 \uD83D\uDE00 \u00e9",
          "trailing backtick `",
          "#{not a comment} <# nor this #>");

  @Test
  protected void givenNoSuchRecipient_load_reportsAbsenceWithoutFailing() {
    RecipientIdentity nobody = RecipientIdentity.of(unique("Nobody"));

    assertEquals(MailboxState.ABSENT, backend().state().loadMailbox(nobody));
    assertEquals(Optional.empty(), backend().state().loadGroup(nobody));
  }

  @Test
  protected void givenASharedMailbox_loadMailbox_reportsItsTypeValuesAndEveryProtocol() {
    String name = createSharedMailbox("Shared");

    MailboxState state = backend().state().loadMailbox(RecipientIdentity.of(name));

    assertTrue(state.userExists());
    assertEquals(Optional.of(MailboxType.SHARED), state.mailboxType());
    assertEquals(Optional.of(name), text(state, MailboxParameter.NAME));
    assertEquals(Optional.of(Alias.of(name)), state.values().value(MailboxParameter.ALIAS));
    assertEquals(
        Optional.of(DisplayName.of(name)), state.values().value(MailboxParameter.DISPLAY_NAME));
    assertTrue(
        state.values().get(MailboxParameter.PRIMARY_SMTP_ADDRESS, SmtpAddress.class).isPresent(),
        "no primary SMTP address");
    assertEquals(EnumSet.allOf(CasProtocol.class), state.enabledProtocols());
  }

  @Test
  protected void givenRoomAndEquipmentMailboxes_loadMailbox_reportsTheirTypes() {
    for (MailboxType type : List.of(MailboxType.ROOM, MailboxType.EQUIPMENT)) {
      String name = unique(type.switchName());
      MailboxState state =
          provisionMailbox(
              name, sharedMailboxSettings(name).set(MailboxParameter.MAILBOX_TYPE, type).build());
      assertEquals(Optional.of(type), state.mailboxType(), name);
    }
  }

  @Test
  protected void givenAMailbox_loadByNameAliasOrAddress_reportsTheSameMailbox() {
    String name = createSharedMailbox("Ids");
    MailboxState byName = backend().state().loadMailbox(RecipientIdentity.of(name));
    String address =
        byName
            .values()
            .get(MailboxParameter.PRIMARY_SMTP_ADDRESS, SmtpAddress.class)
            .orElseThrow()
            .value();

    assertEquals(byName, backend().state().loadMailbox(RecipientIdentity.of(address)));
    assertEquals(
        byName,
        backend().state().loadMailbox(RecipientIdentity.of(address.toUpperCase(Locale.ROOT))),
        "an SMTP address compares ignoring case");
  }

  @Test
  protected void givenAttributesAndProtocolsChanged_loadMailbox_reportsExactlyThose() {
    String name = createSharedMailbox("Attrs");
    run(
        command(
            "Set-Mailbox",
            "Identity",
            name,
            "CustomAttribute7",
            "seven",
            "CustomAttribute15",
            "fifteen"),
        command(
            "Set-CASMailbox", "Identity", name, "OWAEnabled", false, "ActiveSyncEnabled", false));

    MailboxState state = backend().state().loadMailbox(RecipientIdentity.of(name));

    assertEquals(Map.of(7, "seven", 15, "fifteen"), state.customAttributes());
    Set<CasProtocol> expected = EnumSet.allOf(CasProtocol.class);
    expected.remove(CasProtocol.OWA);
    expected.remove(CasProtocol.ACTIVE_SYNC);
    assertEquals(expected, state.enabledProtocols());
  }

  @Test
  protected void givenHostileTexts_writtenAndLoaded_comeBackVerbatim() {
    String name = createSharedMailbox("Verbatim");
    RecipientIdentity id = RecipientIdentity.of(name);
    for (String value : HOSTILE) {
      run(
          command(
              "Set-Mailbox", "Identity", name, "CustomAttribute1", value, "DisplayName", value));

      MailboxState state = backend().state().loadMailbox(id);

      assertEquals(value, state.customAttributes().get(1), "CustomAttribute1");
      assertEquals(Optional.of(value), text(state, MailboxParameter.DISPLAY_NAME), "DisplayName");
    }
  }

  @Test
  protected void givenAGroupWithMembers_loadGroup_reportsItsValuesAndEveryMember() {
    String first = createSharedMailbox("GroupA");
    String second = createSharedMailbox("GroupB");
    String group = unique("Group");
    createGroup(group);
    run(
        command("Set-DistributionGroup", "Identity", group, "DisplayName", HOSTILE.get(1)),
        command("Add-DistributionGroupMember", "Identity", group, "Member", first),
        command("Add-DistributionGroupMember", "Identity", group, "Member", second));

    GroupState state = backend().state().loadGroup(RecipientIdentity.of(group)).orElseThrow();

    assertEquals(
        Optional.of(group), state.values().value(GroupParameter.NAME).map(Object::toString));
    assertEquals(
        Optional.of(DisplayName.of(HOSTILE.get(1))),
        state.values().value(GroupParameter.DISPLAY_NAME));
    assertEquals(2, state.members().size(), state.members().toString());
    assertEquals(
        Set.of(first, second),
        memberNames(state),
        "each member's reported identity names the mailbox added");
  }

  @Test
  protected void givenAnEmptyGroup_loadGroup_reportsNoMember() {
    String group = unique("Empty");
    createGroup(group);

    GroupState state = backend().state().loadGroup(RecipientIdentity.of(group)).orElseThrow();

    assertEquals(List.of(), state.members());
    assertFalse(backend().state().loadMailbox(RecipientIdentity.of(group)).hasMailbox());
  }

  private static Optional<String> text(MailboxState state, MailboxParameter p) {
    return state.values().value(p).map(Object::toString);
  }
}
