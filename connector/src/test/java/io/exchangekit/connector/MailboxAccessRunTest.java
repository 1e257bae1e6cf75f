package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A shared mailbox with FullAccess, SendAs and SendOnBehalf delegates, end to end through the
 * connector's command line, the OpenIAM mapping, the PowerShell adapters and the embedded Exchange
 * emulator of each version: created with its delegates, saved again without a change, one delegate
 * removed, and the mailbox removed.
 */
class MailboxAccessRunTest {
  @TempDir Path dir;

  private static String request(String id, String op, String identity, String attributes) {
    return "{\"requestId\":\""
        + id
        + "\",\"operation\":\""
        + op
        + "\",\"objectType\":\"USER\",\"identityName\":\""
        + identity
        + "\",\"attributes\":["
        + attributes
        + "]}\n";
  }

  private static String mode(String scope, String behaviour) {
    return "{\"name\":\"ConnectorModeSettings\",\"values\":[\"{\\\"connectorScope\\\":\\\""
        + scope
        + "\\\",\\\"newUserBehavior\\\":\\\""
        + behaviour
        + "\\\"}\"]}";
  }

  private static String attr(String name, String op, String... values) {
    StringBuilder sb = new StringBuilder("{\"name\":\"" + name + "\",\"values\":[");
    for (int i = 0; i < values.length; i++) {
      sb.append(i == 0 ? "" : ",").append('"').append(values[i].replace("\\", "\\\\")).append('"');
    }
    sb.append("]");
    if (op != null) {
      sb.append(",\"operation\":\"").append(op).append('"');
    }
    return sb.append("}").toString();
  }

  private ConnectorRun run(String config, String requests) throws IOException {
    Path f = dir.resolve("exchangekit.properties");
    Files.writeString(f, config, StandardCharsets.UTF_8);
    return ConnectorRun.of(requests, "--config", f.toString());
  }

  private static List<String> steps(ConnectorRun run, String id) {
    List<String> out = new ArrayList<>();
    run.response(id).path("completedSteps").forEach(s -> out.add(s.asText()));
    return out;
  }

  private static long count(List<String> steps, String cmdlet) {
    return steps.stream().filter(s -> s.contains(cmdlet)).count();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2010", "2013", "2016", "2019", "SE"})
  void givenExchangeServer_sharedMailboxWithThreeDelegates_isCreatedChangedAndRemoved(
      String version) throws IOException {
    String pc = mode("premise", "create");
    String shared = "salesdesk@contoso.com";
    String create =
        String.join(
            ",",
            pc,
            attr("Name", null, "Sales Desk"),
            attr("Alias", null, "salesdesk"),
            attr("MailboxType", null, "Shared"),
            attr("FullAccess", null, "alice@contoso.com", "bob"),
            attr("FullAccessAutoMapping", null, "False"),
            attr("SendAs", null, "CONTOSO\\alice"),
            attr("SendOnBehalf", null, "bob@contoso.com"));
    ConnectorRun run =
        run(
            "premise.provider=emulator\npremise.version=" + version + "\n",
            // bob needs a mailbox to be a SendOnBehalf delegate: Enable-Mailbox (premise + enable)
            request("bob", "SAVE", "bob@contoso.com", attr("Database", null, "DB01"))
                + request("ma-1", "SAVE", shared, create)
                + request("ma-2", "SAVE", shared, create)
                + request(
                    "ma-3", "SAVE", shared, pc + "," + attr("FullAccess", "DELETE", "CONTOSO\\bob"))
                + request(
                    "ma-4",
                    "SAVE",
                    shared,
                    String.join(
                        ",",
                        pc,
                        attr("FullAccess", null, "alice"),
                        attr("SendAs", null, "alice@contoso.com"),
                        attr("SendOnBehalf", null, "bob")))
                + request("ma-5", "DELETE", shared, pc)
                + request("ma-6", "DELETE", shared, pc));
    for (String id : List.of("bob", "ma-1", "ma-2", "ma-3", "ma-4", "ma-5", "ma-6")) {
      assertEquals("SUCCESS", run.status(id), () -> id + ": " + run.response(id));
    }
    List<String> created = steps(run, "ma-1");
    assertEquals(1, count(created, "New-Mailbox"), created.toString());
    assertEquals(2, count(created, "Add-MailboxPermission"), created.toString());
    assertEquals(1, count(created, "Add-ADPermission"), created.toString());
    assertEquals(1, count(created, "Set-Mailbox"), created.toString());
    // the delegates Exchange lists as CONTOSO\alice or contoso.com/Users/bob are the ones asked for
    assertEquals(List.of(), steps(run, "ma-2"), () -> run.response("ma-2").toString());
    List<String> removed = steps(run, "ma-3");
    assertEquals(1, removed.size(), removed.toString());
    assertTrue(removed.get(0).contains("Remove-MailboxPermission"), removed.toString());
    // bob is gone from FullAccess, the others stay, whatever name the request uses
    assertEquals(List.of(), steps(run, "ma-4"), () -> run.response("ma-4").toString());
    assertEquals(1, count(steps(run, "ma-5"), "Remove-Mailbox"), steps(run, "ma-5").toString());
    assertEquals(List.of(), steps(run, "ma-6"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"online"})
  void givenExchangeOnline_sharedMailboxWithThreeDelegates_isCreatedChangedAndRemoved(String scope)
      throws IOException {
    String oc = mode(scope, "create");
    String shared = "salesdesk@contoso.onmicrosoft.com";
    String create =
        String.join(
            ",",
            oc,
            attr("Name", null, "Sales Desk"),
            attr("MailboxType", null, "Shared"),
            attr("FullAccess", null, "HelpDesk", "Board Room"),
            attr("SendAs", null, "Help Desk"),
            attr("SendOnBehalf", null, "Board Room"));
    ConnectorRun run =
        run(
            "online.provider=emulator\ngraph.provider=emulator\n",
            request(
                    "room",
                    "SAVE",
                    "board.room@contoso.onmicrosoft.com",
                    String.join(
                        ",",
                        oc,
                        attr("Name", null, "Board Room"),
                        attr("MailboxType", null, "Room")))
                + request(
                    "desk",
                    "SAVE",
                    "help.desk@contoso.onmicrosoft.com",
                    String.join(
                        ",",
                        oc,
                        attr("Name", null, "Help Desk"),
                        attr("MailboxType", null, "Shared")))
                + request("ma-1", "SAVE", shared, create)
                + request("ma-2", "SAVE", shared, create)
                + request("ma-3", "SAVE", shared, oc + "," + attr("SendAs", "DELETE", "helpdesk"))
                + request("ma-4", "SAVE", shared, oc + "," + attr("SendAs", null))
                + request("ma-5", "DELETE", shared, oc));
    for (String id : List.of("room", "desk", "ma-1", "ma-2", "ma-3", "ma-4", "ma-5")) {
      assertEquals("SUCCESS", run.status(id), () -> id + ": " + run.response(id));
    }
    List<String> created = steps(run, "ma-1");
    assertEquals(2, count(created, "Add-MailboxPermission"), created.toString());
    assertEquals(1, count(created, "Add-RecipientPermission"), created.toString());
    assertEquals(0, count(created, "ADPermission"), created.toString());
    assertEquals(List.of(), steps(run, "ma-2"), () -> run.response("ma-2").toString());
    List<String> removed = steps(run, "ma-3");
    assertEquals(1, count(removed, "Remove-RecipientPermission"), removed.toString());
    assertEquals(List.of(), steps(run, "ma-4"), () -> run.response("ma-4").toString());
    assertEquals(1, count(steps(run, "ma-5"), "Remove-Mailbox"), steps(run, "ma-5").toString());
  }
}
