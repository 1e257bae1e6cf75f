package io.exchangekit.adapter.powershell;

import java.util.Map;

/**
 * RecipientTypeDetails as a name. A serializer that writes the enum as its number (Windows
 * PowerShell's ConvertTo-Json of a value that was not read as text) gives the value of
 * msExchRecipientTypeDetails, the Active Directory attribute behind it; the mailbox and group
 * values are mapped back to their names.
 */
final class RecipientTypes {
  private RecipientTypes() {}

  private static final Map<String, String> BY_NUMBER =
      Map.of(
          "1", "UserMailbox",
          "2", "LinkedMailbox",
          "4", "SharedMailbox",
          "16", "RoomMailbox",
          "32", "EquipmentMailbox",
          "128", "MailUser",
          "256", "MailUniversalDistributionGroup",
          "1024", "MailUniversalSecurityGroup",
          "65536", "User",
          "2097152", "DisabledUser");

  /** The name of a RecipientTypeDetails value given by name or by number. */
  static String name(String value) {
    String v = value.strip();
    return BY_NUMBER.getOrDefault(v, v);
  }
}
