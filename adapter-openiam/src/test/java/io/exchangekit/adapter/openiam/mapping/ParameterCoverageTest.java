package io.exchangekit.adapter.openiam.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.openiam.model.OpenIamAttribute;
import io.exchangekit.adapter.openiam.model.OpenIamObjectType;
import io.exchangekit.adapter.openiam.model.OpenIamOperation;
import io.exchangekit.adapter.openiam.model.OpenIamRequest;
import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.group.GroupType;
import io.exchangekit.core.group.MemberDepartRestriction;
import io.exchangekit.core.group.MemberJoinRestriction;
import io.exchangekit.core.mailbox.Initials;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mailbox.SamAccountName;
import io.exchangekit.core.mailbox.SendModerationNotifications;
import io.exchangekit.core.recipient.SettingParameter;
import io.exchangekit.core.recipient.SmtpAddress;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every parameter of the seed's table (and of groups) is read from its attribute, in any case. */
class ParameterCoverageTest {
  static String sample(SettingParameter p) {
    Class<?> t = p.valueType();
    if (t == Boolean.class) {
      return "True";
    }
    if (t == MailboxType.class) {
      return "Room";
    }
    if (t == SendModerationNotifications.class) {
      return "Never";
    }
    if (t == UsageLocation.class) {
      return "US";
    }
    if (t == UserPrincipalName.class || t == SmtpAddress.class) {
      return "jdoe@contoso.com";
    }
    if (t == SamAccountName.class || t == Initials.class) {
      return "jdoe";
    }
    if (t == GroupType.class) {
      return "Security";
    }
    if (t == MemberJoinRestriction.class) {
      return "ApprovalRequired";
    }
    if (t == MemberDepartRestriction.class) {
      return "Closed";
    }
    if (t == MultiValue.class) {
      return "alice";
    }
    if (t == List.class) {
      return "[{\"LicenseName\":\"contoso:ENTERPRISEPACK\",\"DisabledPlans\":[]}]";
    }
    return "Value1";
  }

  static String oddCase(String name) {
    return name.substring(0, 1).toLowerCase(Locale.ROOT)
        + name.substring(1).toUpperCase(Locale.ROOT);
  }

  @ParameterizedTest
  @EnumSource(MailboxParameter.class)
  void givenAMailboxParameterInAnyCase_mapSave_setsItWithoutWarning(MailboxParameter p) {
    OpenIamRequest r =
        OpenIamRequest.of(
            "r1",
            OpenIamOperation.SAVE,
            OpenIamObjectType.USER,
            "CONTOSO-jdoe",
            List.of(OpenIamAttribute.of(oddCase(p.attributeName()), sample(p))));

    MappedRequest mapped = RequestMapper.map(r);

    var call = assertInstanceOf(UseCaseCall.ProvisionMailbox.class, mapped.call());
    assertTrue(call.command().settings().has(p), p + " not set: " + call.command().settings());
    assertEquals(List.of(), mapped.warnings());
  }

  @ParameterizedTest
  @EnumSource(GroupParameter.class)
  void givenAGroupParameterInAnyCase_mapSave_setsItWithoutWarning(GroupParameter p) {
    OpenIamRequest r =
        OpenIamRequest.of(
            "r1",
            OpenIamOperation.SAVE,
            OpenIamObjectType.GROUP,
            "Sales",
            List.of(OpenIamAttribute.of(oddCase(p.attributeName()), sample(p))));

    MappedRequest mapped = RequestMapper.map(r);

    var call = assertInstanceOf(UseCaseCall.SaveGroup.class, mapped.call());
    assertTrue(call.command().settings().has(p), p + " not set: " + call.command().settings());
    assertEquals(List.of(), mapped.warnings());
  }
}
