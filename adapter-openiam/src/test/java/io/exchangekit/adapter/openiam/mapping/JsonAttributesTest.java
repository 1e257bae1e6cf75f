package io.exchangekit.adapter.openiam.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.error.Violation;
import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.license.ServicePlanName;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonAttributesTest {
  @Test
  void givenTheSeedsExample_mode_readsScopeAndBehaviour() {
    List<Violation> v = new ArrayList<>();

    ConnectorMode mode =
        JsonAttributes.mode(
            Optional.of("{\"connectorScope\":\"premise\",\"newUserBehavior\":\"create\"}"),
            ConnectorMode.DEFAULT,
            v);

    assertEquals(List.of(), v);
    assertEquals(ConnectorMode.of(Scope.PREMISE, NewUserBehavior.CREATE), mode);
  }

  @Test
  void givenNoSettingOrMissingKeys_mode_defaultsToPremiseEnable() {
    List<Violation> v = new ArrayList<>();

    assertEquals(
        ConnectorMode.DEFAULT, JsonAttributes.mode(Optional.empty(), ConnectorMode.DEFAULT, v));
    assertEquals(
        ConnectorMode.DEFAULT, JsonAttributes.mode(Optional.of("  "), ConnectorMode.DEFAULT, v));
    assertEquals(
        ConnectorMode.of(Scope.ONLINE, NewUserBehavior.ENABLE),
        JsonAttributes.mode(
            Optional.of("{\"CONNECTORSCOPE\":\"Online\"}"), ConnectorMode.DEFAULT, v));
    assertEquals(List.of(), v);
  }

  @Test
  void givenAnOnlineDeploymentDefault_mode_fillsWhatTheRequestLeavesOut() {
    List<Violation> v = new ArrayList<>();
    ConnectorMode online = ConnectorMode.of(Scope.ONLINE, NewUserBehavior.ENABLE);

    assertEquals(online, JsonAttributes.mode(Optional.empty(), online, v));
    assertEquals(
        ConnectorMode.of(Scope.ONLINE, NewUserBehavior.CREATE),
        JsonAttributes.mode(Optional.of("{\"newUserBehavior\":\"create\"}"), online, v));
    assertEquals(
        ConnectorMode.of(Scope.PREMISE, NewUserBehavior.ENABLE),
        JsonAttributes.mode(Optional.of("{\"connectorScope\":\"premise\"}"), online, v));
    assertEquals(List.of(), v);
  }

  @Test
  void givenAnUnknownScope_mode_namesTheAttributeAndTheAllowedValues() {
    List<Violation> v = new ArrayList<>();

    JsonAttributes.mode(Optional.of("{\"connectorScope\":\"cloud\"}"), ConnectorMode.DEFAULT, v);

    assertEquals(1, v.size());
    assertEquals(
        "ConnectorModeSettings: connectorScope must be one of premise, online, hybrid but was 'cloud'",
        v.get(0).toString());
  }

  @Test
  void givenBadShapes_mode_reportsEachProblem() {
    assertEquals(
        List.of(
            "ConnectorModeSettings: must be a JSON object such as"
                + " {\"connectorScope\":\"premise\",\"newUserBehavior\":\"create\"} but is not valid"
                + " JSON (column 2)"),
        modeViolations("{connectorScope:premise}"));
    assertEquals(
        List.of(
            "ConnectorModeSettings: must be a JSON object such as"
                + " {\"connectorScope\":\"premise\",\"newUserBehavior\":\"create\"}"),
        modeViolations("[\"premise\"]"));
    assertEquals(
        List.of(
            "ConnectorModeSettings: unknown key 'scope'; the allowed keys are connectorScope,"
                + " newUserBehavior",
            "ConnectorModeSettings: newUserBehavior must be one of enable, create but was 'new'"),
        modeViolations("{\"scope\":\"online\",\"newUserBehavior\":\"new\"}"));
    assertEquals(
        List.of("ConnectorModeSettings: connectorScope must be a text"),
        modeViolations("{\"connectorScope\":1}"));
  }

  @Test
  void givenTheSeedsLicenceExample_licenses_readsEverySelection() {
    List<Violation> v = new ArrayList<>();

    Optional<List<LicenseSelection>> l =
        JsonAttributes.licenses(
            "[{\"LicenseName\":\"openiamdemocloud:ENTERPRISEPACK\",\"DisabledPlans\":[\"SWAY\","
                + "\"FLOW_O365_P2\"]},{\"LicenseName\":\"openiamdemocloud:POWER_BI_STANDARD\","
                + "\"DisabledPlans\":[\"BI_AZURE_P0\"]}]",
            v);

    assertEquals(List.of(), v);
    assertEquals(
        List.of(
            new LicenseSelection(
                AccountSkuId.parse("openiamdemocloud:ENTERPRISEPACK"),
                Set.of(ServicePlanName.of("SWAY"), ServicePlanName.of("FLOW_O365_P2"))),
            new LicenseSelection(
                AccountSkuId.parse("openiamdemocloud:POWER_BI_STANDARD"),
                Set.of(ServicePlanName.of("BI_AZURE_P0")))),
        l.orElseThrow());
  }

  @Test
  void givenAnEmptyDisabledPlansList_licenses_enablesTheWholePackage() {
    List<Violation> v = new ArrayList<>();

    List<LicenseSelection> l =
        JsonAttributes.licenses(
                "[{\"licensename\":\"contoso:ENTERPRISEPACK\",\"disabledplans\":[]}]", v)
            .orElseThrow();

    assertEquals(Set.of(), l.get(0).disabledPlans());
  }

  @Test
  void givenBadLicences_licenses_namesTheItemKeyAndForm() {
    assertEquals(
        List.of(
            "LicensesToAssignJson: must be a JSON array such as"
                + " [{\"LicenseName\":\"contoso:ENTERPRISEPACK\",\"DisabledPlans\":[\"SWAY\"]}]"),
        licenceViolations("{\"LicenseName\":\"contoso:ENTERPRISEPACK\"}"));
    assertEquals(
        List.of(
            "LicensesToAssignJson: item 1: LicenseName must have the form tenant:SKU_PART_NUMBER"
                + " (e.g. contoso:ENTERPRISEPACK) but was 'ENTERPRISEPACK'",
            "LicensesToAssignJson: item 2: unknown key 'Plans'; the allowed keys are LicenseName,"
                + " DisabledPlans",
            "LicensesToAssignJson: item 2: LicenseName is required (tenant:SKU_PART_NUMBER)",
            "LicensesToAssignJson: item 3: DisabledPlans must be an array of plan names (empty:"
                + " the whole package)"),
        licenceViolations(
            "[{\"LicenseName\":\"ENTERPRISEPACK\",\"DisabledPlans\":[]},{\"Plans\":[]},"
                + "{\"LicenseName\":\"contoso:EMS\",\"DisabledPlans\":\"SWAY\"}]"));
    assertTrue(licenceViolations("[{\"LicenseName\":").get(0).contains("is not valid JSON"));
  }

  private static List<String> modeViolations(String text) {
    List<Violation> v = new ArrayList<>();
    JsonAttributes.mode(Optional.of(text), ConnectorMode.DEFAULT, v);
    return v.stream().map(Violation::toString).toList();
  }

  private static List<String> licenceViolations(String text) {
    List<Violation> v = new ArrayList<>();
    JsonAttributes.licenses(text, v);
    return v.stream().map(Violation::toString).toList();
  }
}
