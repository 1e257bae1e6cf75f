package io.exchangekit.adapter.connid;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.exchangekit.core.error.Violation;
import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.license.ServicePlanName;
import io.exchangekit.core.mailbox.MailboxParameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code LicensesToAssignJson} attribute: a JSON array such as {@code
 * [{"LicenseName":"contoso:ENTERPRISEPACK","DisabledPlans":["SWAY"]}]}, read by Jackson strictly
 * (unknown keys and wrong shapes are refused) into the core's licence selections.
 */
final class Licences {
  static final String ATTRIBUTE = MailboxParameter.LICENSES.attributeName();
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  /** One item of the array. */
  record Item(
      @JsonProperty(value = "LicenseName", required = true) String licenseName,
      @JsonProperty("DisabledPlans") List<String> disabledPlans) {}

  private Licences() {}

  static Optional<List<LicenseSelection>> parse(String text, List<Violation> violations) {
    Item[] items;
    try {
      items = JSON.readValue(text, Item[].class);
    } catch (JsonProcessingException e) {
      violations.add(
          new Violation(
              ATTRIBUTE,
              "must be a JSON array of {\"LicenseName\":\"tenant:SKU\",\"DisabledPlans\":[…]}: "
                  + e.getOriginalMessage()));
      return Optional.empty();
    }
    List<LicenseSelection> out = new ArrayList<>();
    int before = violations.size();
    for (int i = 0; i < items.length; i++) {
      Item item = items[i];
      String at = "item " + (i + 1) + ": ";
      if (item == null || item.licenseName() == null) {
        violations.add(new Violation(ATTRIBUTE, at + "LicenseName is required (tenant:SKU)"));
        continue;
      }
      try {
        Set<ServicePlanName> disabled = new LinkedHashSet<>();
        for (String plan :
            item.disabledPlans() == null ? List.<String>of() : item.disabledPlans()) {
          disabled.add(ServicePlanName.of(plan));
        }
        out.add(new LicenseSelection(AccountSkuId.parse(item.licenseName().trim()), disabled));
      } catch (IllegalArgumentException e) {
        violations.add(new Violation(ATTRIBUTE, at + e.getMessage()));
      }
    }
    return violations.size() == before ? Optional.of(out) : Optional.empty();
  }
}
