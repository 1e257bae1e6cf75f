package io.exchangekit.core.planning;

import io.exchangekit.core.group.GroupType;
import io.exchangekit.core.group.MemberDepartRestriction;
import io.exchangekit.core.group.MemberJoinRestriction;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mailbox.SendModerationNotifications;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.recipient.Secret;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/** Turns domain values into planned parameter values, and compares desired with current values. */
final class Values {
  private Values() {}

  static ParameterValue toParameter(Object value) {
    if (value instanceof Secret s) {
      return new ParameterValue.SecretText(s);
    }
    if (value instanceof Boolean b) {
      return ParameterValue.bool(b);
    }
    if (value instanceof MultiValue m) {
      return new ParameterValue.TextList(new ArrayList<>(m.applyTo(Set.of())));
    }
    return ParameterValue.text(exchangeText(value));
  }

  static String exchangeText(Object value) {
    if (value instanceof SendModerationNotifications v) {
      return v.exchangeValue();
    }
    if (value instanceof GroupType v) {
      return v.exchangeValue();
    }
    if (value instanceof MemberJoinRestriction v) {
      return v.exchangeValue();
    }
    if (value instanceof MemberDepartRestriction v) {
      return v.exchangeValue();
    }
    return value.toString();
  }

  /** Names, policies and addresses compare ignoring case, as Exchange compares them. */
  static boolean same(Object desired, Object current) {
    if (current == null) {
      return false;
    }
    if (desired instanceof Boolean || desired instanceof Enum<?>) {
      return desired.equals(current);
    }
    return exchangeText(desired)
        .toLowerCase(Locale.ROOT)
        .equals(exchangeText(current).toLowerCase(Locale.ROOT));
  }
}
