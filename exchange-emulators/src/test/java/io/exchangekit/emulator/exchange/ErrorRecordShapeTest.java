package io.exchangekit.emulator.exchange;

import static io.exchangekit.core.mode.ExchangeVersion.EXCHANGE_2019;
import static io.exchangekit.core.mode.ExchangeVersion.ONLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.exchangekit.core.mode.ExchangeVersion;
import org.junit.jupiter.api.Test;

/**
 * The error records the emulator writes have the captured shapes (docs/fidelity.md, "Error
 * records"): Exchange Online's {@code Ex…|Type|text} message and {@code …,Write-ErrorMessage} id,
 * Exchange Server's FailureCategory id.
 */
class ErrorRecordShapeTest {

  private static JsonNode failure(ExchangeVersion version, String command) {
    try (EmulatorSession s =
        ExchangeEmulator.forVersion(version).withDemoOrganisation().newSession()) {
      return s.run(
              "try{$r=@("
                  + command
                  + " -ErrorAction Stop 3>$null);$o=[pscustomobject]@{ok=$true}}catch{$o="
                  + "[pscustomobject]@{ok=$false;reason=[string]$_.CategoryInfo.Reason;"
                  + "category=[string]$_.CategoryInfo.Category;fqid=[string]$_.FullyQualifiedErrorId;"
                  + "message=[string]$_.Exception.Message}};ConvertTo-Json -InputObject $o -Compress")
          .json();
    }
  }

  @Test
  void givenUnknownObjectOnline_get_failsWithExchangeOnlinesCapturedRecord() {
    JsonNode e = failure(ONLINE, "Get-User -Identity 'nobody@contoso.com'");
    assertEquals("ManagementObjectNotFoundException", e.path("reason").asText(), e.toString());
    assertEquals("NotSpecified", e.path("category").asText());
    assertTrue(
        e.path("message")
            .asText()
            .startsWith(
                "Ex6F9304|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|"
                    + "The operation couldn't be performed because object 'nobody@contoso.com'"
                    + " couldn't be found on '"),
        e.toString());
    assertTrue(
        e.path("fqid")
            .asText()
            .matches(
                "\\[Server=[A-Z0-9]+,RequestId=[0-9a-f-]{36},TimeStamp=[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2}"
                    + " \\d{4} \\d{2}:\\d{2}:\\d{2} GMT\\],Write-ErrorMessage"),
        e.toString());
  }

  @Test
  void givenUnknownObjectOnPremises_get_failsWithTheFailureCategoryId() {
    JsonNode e = failure(EXCHANGE_2019, "Get-User -Identity 'nobody'");
    assertEquals("ManagementObjectNotFoundException", e.path("reason").asText(), e.toString());
    assertTrue(
        e.path("message")
            .asText()
            .startsWith("The operation couldn't be performed because object"));
    assertTrue(
        e.path("fqid")
            .asText()
            .contains(
                "[FailureCategory=Cmdlet-ManagementObjectNotFoundException] 1082ECE3,"
                    + "Microsoft.Exchange.Management.RecipientTasks.GetUser"),
        e.toString());
  }
}
