package io.exchangekit.adapter.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.mailbox.MailboxType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RemoteMailboxTypeTest {

  @Test
  void givenRemoteRecipientTypeDetails_mailboxType_isTheTypeOfTheCloudMailbox() {
    assertEquals(
        Optional.of(MailboxType.USER),
        PowerShellStateAdapter.mailboxType(Optional.of("RemoteUserMailbox")));
    assertEquals(
        Optional.of(MailboxType.ROOM),
        PowerShellStateAdapter.mailboxType(Optional.of("RemoteRoomMailbox")));
    assertEquals(
        Optional.of(MailboxType.EQUIPMENT),
        PowerShellStateAdapter.mailboxType(Optional.of("RemoteEquipmentMailbox")));
    assertEquals(
        Optional.of(MailboxType.SHARED),
        PowerShellStateAdapter.mailboxType(Optional.of("RemoteSharedMailbox")));
    assertTrue(PowerShellStateAdapter.isRemote(Optional.of("RemoteSharedMailbox")));
  }

  @Test
  void givenOtherRecipientTypeDetails_isRemote_isFalseAndLocalTypesStay() {
    assertFalse(PowerShellStateAdapter.isRemote(Optional.of("UserMailbox")));
    assertFalse(PowerShellStateAdapter.isRemote(Optional.of("MailUser")));
    assertFalse(PowerShellStateAdapter.isRemote(Optional.empty()));
    assertEquals(
        Optional.of(MailboxType.ROOM),
        PowerShellStateAdapter.mailboxType(Optional.of("RoomMailbox")));
    assertEquals(Optional.empty(), PowerShellStateAdapter.mailboxType(Optional.of("MailUser")));
  }
}
