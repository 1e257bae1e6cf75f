package io.exchangekit.core.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.error.Violation;
import io.exchangekit.core.recipient.DisplayName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MailboxSettingsTest {
  @Test
  void givenManyBadValues_parse_collectsEveryViolationNamingItsParameter() {
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    attributes.put("Name", List.of("x".repeat(65)));
    attributes.put("initials", List.of("ABCDEFG"));
    attributes.put("SamAccountName", List.of("bad|name"));
    attributes.put("UsageLocation", List.of("XX"));
    attributes.put("SendModerationNotifications", List.of("Sometimes"));
    attributes.put("MailboxType", List.of("Kiosk"));
    attributes.put("UserPrincipalName", List.of("not-a-upn"));
    attributes.put("IsArchive", List.of("maybe"));
    attributes.put("Alias", List.of("a", "b"));
    attributes.put("DisplayName", List.of("John Doe"));
    attributes.put("Department", List.of("Sales"));
    MailboxSettings.Parsed parsed = MailboxSettings.parse(attributes);
    Map<String, String> byParameter =
        parsed.violations().stream()
            .collect(Collectors.toMap(Violation::parameter, Violation::rule));
    assertEquals(
        List.of(
            "Name",
            "Initials",
            "SamAccountName",
            "UsageLocation",
            "SendModerationNotifications",
            "MailboxType",
            "UserPrincipalName",
            "IsArchive",
            "Alias"),
        parsed.violations().stream().map(Violation::parameter).toList());
    assertTrue(byParameter.get("Name").contains("at most 64"));
    assertTrue(byParameter.get("SendModerationNotifications").contains("Always, Internal, Never"));
    assertTrue(byParameter.get("MailboxType").contains("Room, Equipment, Shared"));
    assertTrue(byParameter.get("UsageLocation").contains("ISO 3166-1 alpha-2"));
    assertTrue(byParameter.get("IsArchive").contains("True or False"));
    assertEquals(List.of("Department"), parsed.unknown());
    assertEquals(
        DisplayName.of("John Doe"),
        parsed.settings().get(MailboxParameter.DISPLAY_NAME, DisplayName.class).orElseThrow());
  }

  @Test
  void givenAValueOfTheWrongType_builder_refusesIt() {
    assertThrows(
        IllegalArgumentException.class,
        () -> MailboxSettings.builder().set(MailboxParameter.NAME, "plain string"));
  }

  @Test
  void givenAPassword_settingsToString_masksIt() {
    MailboxSettings s =
        MailboxSettings.builder()
            .set(MailboxParameter.PASSWORD, io.exchangekit.core.recipient.Secret.of("Top$ecret1"))
            .build();
    assertTrue(s.toString().contains("****"));
    assertTrue(!s.toString().contains("Top$ecret1"));
  }
}
