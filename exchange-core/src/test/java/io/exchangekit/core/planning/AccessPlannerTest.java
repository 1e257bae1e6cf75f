package io.exchangekit.core.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.mailbox.CasProtocol;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPlannerTest {
  private static final RecipientIdentity ID = RecipientIdentity.of("jdoe@contoso.com");
  private static final PlanningContext WITH_RECORD =
      new PlanningContext(
          ModeRulesFixtures.PE,
          ExchangeVersion.EXCHANGE_2019,
          PlanOptions.DEFAULT.withLockAttribute(15).withLockAdAccount(true));

  private static MailboxState apply(MailboxState s, ProvisioningPlan p) {
    return PlanApplier.apply(
        s, new MailboxRequest(ID, MailboxSettings.EMPTY), PlanApplier.ProvisioningPlanView.of(p));
  }

  @Test
  void givenPopDisabledByAnAdministrator_lockThenUnlock_leavesPopDisabled() {
    Set<CasProtocol> before = EnumSet.complementOf(EnumSet.of(CasProtocol.POP));
    MailboxState state =
        MailboxState.mailbox(MailboxType.USER, MailboxSettings.EMPTY).withProtocols(before);
    MailboxState locked =
        apply(state, AccessPlanner.lock(ID, WITH_RECORD, state, Optional.empty()));
    assertTrue(locked.enabledProtocols().isEmpty());
    assertTrue(!locked.accountEnabled());
    MailboxState unlocked =
        apply(locked, AccessPlanner.unlock(ID, WITH_RECORD, locked, Optional.empty()));
    assertEquals(before, unlocked.enabledProtocols());
    assertTrue(unlocked.accountEnabled());
    assertTrue(!unlocked.customAttributes().containsKey(15), "the record is cleared");
  }

  @Test
  void givenALockedMailbox_lockingAgain_keepsTheFirstRecordAndPlansNoProtocolChange() {
    MailboxState state =
        MailboxState.mailbox(MailboxType.USER, MailboxSettings.EMPTY)
            .withProtocols(EnumSet.of(CasProtocol.OWA, CasProtocol.EWS));
    MailboxState locked =
        apply(state, AccessPlanner.lock(ID, WITH_RECORD, state, Optional.empty()));
    ProvisioningPlan again = AccessPlanner.lock(ID, WITH_RECORD, locked, Optional.empty());
    assertTrue(again.exchange().isEmpty(), again.exchange().toString());
    MailboxState unlocked =
        apply(locked, AccessPlanner.unlock(ID, WITH_RECORD, locked, Optional.empty()));
    assertEquals(EnumSet.of(CasProtocol.OWA, CasProtocol.EWS), unlocked.enabledProtocols());
  }

  @Test
  void givenNoLockAttribute_unlock_enablesEveryProtocol() {
    PlanningContext plain = PlanningContext.of(ModeRulesFixtures.PC, ExchangeVersion.EXCHANGE_2016);
    MailboxState locked =
        MailboxState.mailbox(MailboxType.SHARED, MailboxSettings.EMPTY).withProtocols(Set.of());
    MailboxState unlocked =
        apply(locked, AccessPlanner.unlock(ID, plain, locked, Optional.empty()));
    assertEquals(EnumSet.allOf(CasProtocol.class), unlocked.enabledProtocols());
  }

  @Test
  void givenNoMailbox_lock_failsAsUnknownObject() {
    assertThrows(
        UnknownObjectException.class,
        () -> AccessPlanner.lock(ID, WITH_RECORD, MailboxState.ABSENT, Optional.empty()));
  }
}
