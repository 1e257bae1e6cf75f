package io.exchangekit.adapter.connid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.common.objects.filter.Filter;
import org.identityconnectors.framework.common.objects.filter.FilterBuilder;
import org.junit.jupiter.api.Test;

class OpathTranslatorTest {
  private final OpathTranslator translator =
      new OpathTranslator(
          Map.of(
              "__uid__", "Guid",
              "__name__", "UserPrincipalName",
              "displayname", "DisplayName",
              "hiddenfromaddresslistsenabled", "HiddenFromAddressListsEnabled"));

  private List<String> translate(Filter filter) {
    return translator.translate(filter);
  }

  @Test
  void givenEqualsOnName_translate_quotesTheValueAsOneLiteral() {
    assertEquals(
        List.of("UserPrincipalName -eq 'o''brien@contoso.com'"),
        translate(FilterBuilder.equalTo(new Name("o'brien@contoso.com"))));
  }

  @Test
  void givenInjectionAttempt_translate_keepsItInsideTheLiteral() {
    String hostile = "x' -or Name -like '*";
    List<String> out =
        translate(FilterBuilder.equalTo(AttributeBuilder.build("DisplayName", hostile)));
    assertEquals(List.of("DisplayName -eq 'x'' -or Name -like ''*'"), out);
  }

  @Test
  void givenUidInUpperCase_translate_comparesTheGuidInLowerCase() {
    assertEquals(
        List.of("Guid -eq '0a1b2c3d-0000-0000-0000-00000000abcd'"),
        translate(FilterBuilder.equalTo(new Uid("0A1B2C3D-0000-0000-0000-00000000ABCD"))));
  }

  @Test
  void givenStartsWithAndBoolean_translate_usesLikeAndPowerShellBooleans() {
    assertEquals(
        List.of("(DisplayName -like 'Ann*') -and (HiddenFromAddressListsEnabled -eq $false)"),
        translate(
            FilterBuilder.and(
                FilterBuilder.startsWith(AttributeBuilder.build("DisplayName", "Ann")),
                FilterBuilder.equalTo(
                    AttributeBuilder.build("HiddenFromAddressListsEnabled", false)))));
  }

  @Test
  void givenWildcardAsDataOrUnknownAttribute_translate_leavesFilteringToTheFramework() {
    assertTrue(
        translate(FilterBuilder.contains(AttributeBuilder.build("DisplayName", "50*"))).isEmpty());
    assertTrue(translate(FilterBuilder.equalTo(AttributeBuilder.build("Colour", "red"))).isEmpty());
  }
}
