package io.exchangekit.adapter.openiam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.ports.service.ExchangeUseCases;
import org.junit.jupiter.api.Test;

/**
 * The request and response examples of docs/openiam-wire-format.md, run as written (the dry-run
 * example, rendered by the real PowerShell adapter, is run by the connector's tests).
 */
class DocumentedExamplesTest {
  private final FakeExchange premise = new FakeExchange(ExchangeVersion.EXCHANGE_2019);
  private final OpenIamConnector connector =
      OpenIamConnector.of(ExchangeUseCases.builder().premise(premise.backend()).build());

  @Test
  void givenTheFailureExample_handle_answersTheDocumentedResponse() {
    String request =
        "{\"requestId\":\"r3\",\"operation\":\"SAVE\",\"objectType\":\"USER\","
            + "\"identityName\":\"jdoe@contoso.com\",\"attributes\":["
            + "{\"name\":\"Name\",\"values\":[\""
            + "n".repeat(70)
            + "\"]},{\"name\":\"UsageLocation\",\"values\":[\"XX\"]}]}";

    assertEquals(
        "{\"requestId\":\"r3\",\"status\":\"FAILURE\",\"errorCode\":\"invalidAttribute\","
            + "\"errorMessages\":[\"Name: must be at most 64 characters but has 70\","
            + "\"UsageLocation: must be an ISO 3166-1 alpha-2 country code in upper case, such as"
            + " US, GB or DE, but was 'XX'\"],\"messages\":[],\"warnings\":[],\"pending\":[],"
            + "\"completedSteps\":[],\"dryRun\":false,\"plan\":null,\"retryable\":false,"
            + "\"objects\":[]}",
        connector.handle(request));
  }
}
