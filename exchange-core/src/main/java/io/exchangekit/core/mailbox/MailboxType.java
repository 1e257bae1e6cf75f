package io.exchangekit.core.mailbox;

import java.util.Locale;

/**
 * The kind of mailbox. USER is the default; the seed's MailboxType takes Room, Equipment, Shared.
 */
public enum MailboxType {
  USER("User", "UserMailbox"),
  ROOM("Room", "RoomMailbox"),
  EQUIPMENT("Equipment", "EquipmentMailbox"),
  SHARED("Shared", "SharedMailbox");

  private final String switchName;
  private final String recipientTypeDetails;

  MailboxType(String switchName, String recipientTypeDetails) {
    this.switchName = switchName;
    this.recipientTypeDetails = recipientTypeDetails;
  }

  /** The New-Mailbox / Enable-Mailbox switch that selects this type ({@code Room} …). */
  public String switchName() {
    return switchName;
  }

  /** Exchange's RecipientTypeDetails value for this type. */
  public String recipientTypeDetails() {
    return recipientTypeDetails;
  }

  public boolean isResource() {
    return this != USER;
  }

  /** Parses the seed's values Room, Equipment, Shared (any case). */
  public static MailboxType parse(String text) {
    for (MailboxType t : values()) {
      if (t != USER && t.switchName.equalsIgnoreCase(text == null ? "" : text.trim())) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "'MailboxType' must be one of Room, Equipment, Shared but was '" + text + "'");
  }

  public static MailboxType fromRecipientTypeDetails(String details) {
    for (MailboxType t : values()) {
      if (t.recipientTypeDetails.equalsIgnoreCase(details)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown RecipientTypeDetails '" + details.toLowerCase(Locale.ROOT) + "'");
  }
}
