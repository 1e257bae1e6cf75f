package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search strings administrators write, sent as OpenIAM SEARCH requests to the connector with
 * its embedded emulator (Exchange on-premises), return the right objects; hostile ones are refused
 * and change nothing.
 */
class ConnectorSearchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Search string by request id, in order. */
  static final Map<String, String> SEARCHES = new LinkedHashMap<>();

  static {
    SEARCHES.put("identity", "Get-Mailbox -Identity jdoe@contoso.com");
    SEARCHES.put("types", "Get-Mailbox -RecipientTypeDetails UserMailbox -ResultSize Unlimited");
    SEARCHES.put("filter", "Get-Mailbox -Filter \"DisplayName -like 'A*'\"");
    SEARCHES.put("ou", "Get-Mailbox -OrganizationalUnit 'contoso.com/Staff'");
    SEARCHES.put("database", "Get-Mailbox -Database DB01");
    SEARCHES.put("anr", "Get-Mailbox -Anr jdoe");
    SEARCHES.put("group", "Get-DistributionGroup -Identity 'All Staff'");
    SEARCHES.put("hostile", "Get-Mailbox -Identity jdoe; Remove-Mailbox jdoe -Confirm:$false");
    SEARCHES.put("where", "Get-Mailbox | Where-Object { $_.DisplayName -like 'A*' }");
    SEARCHES.put("after", "Get-Mailbox -Identity 'CONTOSO\\jdoe'");
  }

  private static ConnectorRun run;

  static String create(String id, String upn, String name, String ou, String database) {
    ObjectNode r = JSON.createObjectNode();
    r.put("requestId", id).put("operation", "SAVE").put("objectType", "USER");
    r.put("identityName", upn);
    r.putObject("metaData").put("login", "CONTOSO\\svc");
    ArrayNode attributes = r.putArray("attributes");
    Map<String, String> values = new LinkedHashMap<>();
    values.put(
        "ConnectorModeSettings", "{\"connectorScope\":\"premise\",\"newUserBehavior\":\"create\"}");
    values.put("Name", name);
    values.put("DisplayName", name);
    values.put("Password", "Initial-Pa55word!");
    values.put("SamAccountName", upn.substring(0, upn.indexOf('@')));
    values.put("OrganizationalUnit", ou);
    values.put("Database", database);
    values.forEach(
        (k, v) -> {
          ObjectNode a = attributes.addObject();
          a.put("name", k);
          a.putArray("values").add(v);
        });
    return r.toString();
  }

  static String search(String id, String query) {
    ObjectNode r = JSON.createObjectNode();
    r.put("requestId", id).put("operation", "SEARCH").put("objectType", "USER");
    r.putObject("metaData").put("login", "CONTOSO\\svc");
    r.put("searchQuery", query);
    r.putArray("requestedAttributes").add("Name").add("DisplayName");
    return r.toString();
  }

  @BeforeAll
  static void runTheRequests() {
    StringBuilder in = new StringBuilder();
    in.append(create("c-1", "jdoe@contoso.com", "John Doe", "contoso.com/Staff", "DB01"))
        .append('\n');
    in.append(create("c-2", "anna@contoso.com", "Anna Apple", "contoso.com/Users", "DB02"))
        .append('\n');
    SEARCHES.forEach((id, q) -> in.append(search(id, q)).append('\n'));
    run = ConnectorRun.of(in.toString());
  }

  private static List<String> names(String id) {
    assertEquals("SUCCESS", run.status(id), run.output());
    List<String> names = new ArrayList<>();
    for (JsonNode o : run.response(id).path("objects")) {
      names.add(o.path("attributes").path("Name").path(0).asText());
    }
    return names.stream().sorted().toList();
  }

  @Test
  void givenTheDocumentedSearchStrings_search_returnsTheRightObjects() {
    assertEquals("SUCCESS", run.status("c-1"), run.output());
    assertEquals("SUCCESS", run.status("c-2"), run.output());
    assertEquals(List.of("John Doe"), names("identity"));
    assertEquals(List.of("Anna Apple", "John Doe"), names("types"));
    assertEquals(List.of("Anna Apple"), names("filter"));
    assertEquals(List.of("John Doe"), names("ou"));
    assertEquals(List.of("John Doe"), names("database"));
    assertEquals(List.of("John Doe"), names("anr"));
    assertEquals(List.of("All Staff"), names("group"));
  }

  @Test
  void givenHostileOrPipelineStrings_search_isRefusedSayingWhatIsAllowedAndChangesNothing() {
    assertEquals("FAILURE", run.status("hostile"), run.output());
    String where = run.response("where").toString();
    assertEquals("FAILURE", run.status("where"), where);
    assertTrue(where.contains("-Filter \\\"DisplayName -like 'A*'\\\""), where);
    assertEquals(List.of("John Doe"), names("after"));
  }
}
