package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.exchangekit.core.mode.ExchangeVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hybrid scope end to end through the connector's command line, the OpenIAM adapter, the real
 * on-premises PowerShell adapter over the emulated Exchange Server of each version, and the real
 * Graph adapter over the Graph emulator, whose tenant receives the remote mailboxes' users after
 * the emulated directory synchronisation: a user remote mailbox (licences PENDING until the user
 * has synchronised, then completed by the repeated request), a shared remote mailbox where the
 * version has {@code -Shared}, and a remote mailbox enabled for an existing AD user.
 */
class HybridConnectorTest {
  private static final String MODE_CREATE =
      "{\"name\":\"ConnectorModeSettings\",\"values\":[\"{\\\"connectorScope\\\":\\\"hybrid\\\","
          + "\\\"newUserBehavior\\\":\\\"create\\\"}\"]}";
  private static final String MODE_ENABLE =
      "{\"name\":\"ConnectorModeSettings\",\"values\":[\"{\\\"connectorScope\\\":\\\"hybrid\\\","
          + "\\\"newUserBehavior\\\":\\\"enable\\\"}\"]}";
  private static final String LICENCE =
      "{\"name\":\"LicensesToAssignJson\",\"values\":[\"[{\\\"LicenseName\\\":"
          + "\\\"contoso:ENTERPRISEPACK\\\",\\\"DisabledPlans\\\":[]}]\"]}";

  @TempDir Path dir;

  private static String save(String id, String identity, String mode, String... attributes) {
    return "{\"requestId\":\""
        + id
        + "\",\"operation\":\"SAVE\",\"objectType\":\"USER\",\"identityName\":\""
        + identity
        + "\",\"attributes\":["
        + mode
        + (attributes.length == 0 ? "" : "," + String.join(",", attributes))
        + "]}\n";
  }

  private static String delete(String id, String identity, String mode) {
    return "{\"requestId\":\""
        + id
        + "\",\"operation\":\"DELETE\",\"objectType\":\"USER\",\"identityName\":\""
        + identity
        + "\",\"attributes\":["
        + mode
        + "]}\n";
  }

  private static String attr(String name, String value) {
    return "{\"name\":\"" + name + "\",\"values\":[\"" + value + "\"]}";
  }

  /** Gives the first part at once, the second after a pause: a later provisioning cycle. */
  private static Reader pausedBetween(String first, String second, long pauseMillis) {
    return new Reader() {
      private final Reader a = new StringReader(first);
      private final Reader b = new StringReader(second);
      private boolean paused;

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        int n = a.read(buf, off, len);
        if (n != -1) {
          return n;
        }
        if (!paused) {
          paused = true;
          try {
            Thread.sleep(pauseMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return b.read(buf, off, len);
      }

      @Override
      public void close() {}
    };
  }

  @ParameterizedTest
  @EnumSource(
      value = ExchangeVersion.class,
      names = {"ONLINE"},
      mode = EnumSource.Mode.EXCLUDE)
  void givenEachServerVersion_hybridMailboxes_areCreatedChangedAndRemoved(ExchangeVersion version)
      throws IOException {
    String v = version.name().substring(version.name().indexOf('_') + 1).toLowerCase(Locale.ROOT);
    boolean shared = version != ExchangeVersion.EXCHANGE_2010;
    Path config = dir.resolve("hybrid.properties");
    Files.writeString(
        config,
        "premise.provider=emulator\npremise.version="
            + v
            + "\ngraph.provider=emulator\noptions.remoteRoutingDomain=contoso.mail.onmicrosoft.com\n",
        StandardCharsets.UTF_8);
    String user = "hy" + v + "@contoso.com";
    String first =
        save(
                "u-1",
                user,
                MODE_CREATE,
                attr("Name", "Hybrid User " + v),
                attr("Password", "Initial-Pa55word!"),
                attr("UserPrincipalName", user),
                attr("DisplayName", "Hybrid User"),
                attr("UsageLocation", "GB"),
                LICENCE)
            + save("u-2", user, MODE_CREATE, attr("DisplayName", "Hybrid User Changed"))
            + save(
                "s-1",
                "Desk " + v,
                MODE_CREATE,
                attr("Name", "Desk " + v),
                attr("MailboxType", "Shared"),
                attr("DisplayName", "Desk"))
            + save("e-1", "alice", MODE_ENABLE, attr("DisplayName", "Alice Cloud"));
    String second =
        save("u-3", user, MODE_CREATE, attr("UsageLocation", "GB"), LICENCE)
            + save("u-4", user, MODE_CREATE, attr("UsageLocation", "GB"), LICENCE)
            + (shared
                ? save(
                        "s-2",
                        "Desk " + v,
                        MODE_CREATE,
                        attr("HiddenFromAddressListsEnabled", "True"))
                    + delete("s-3", "Desk " + v, MODE_CREATE)
                : "")
            + delete("e-2", "alice", MODE_ENABLE)
            + delete("u-5", user, MODE_CREATE)
            + delete("u-6", user, MODE_CREATE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ConnectorMain.run(
            new String[] {"--config", config.toString()},
            pausedBetween(first, second, 2000),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    ConnectorRun run =
        ConnectorRun.parse(
            code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    assertEquals(0, run.exitCode(), run.stderr());

    // the user remote mailbox: created on-premises, licences wait for the synchronisation
    JsonNode u1 = run.response("u-1");
    assertEquals("PENDING", u1.path("status").asText(), u1.toString());
    assertEquals(
        List.of("UsageLocation", "LicensesToAssignJson"),
        ConnectorSamplesTest.texts(u1.path("pending")));
    assertTrue(u1.toString().contains("New-RemoteMailbox"), u1.toString());
    assertEquals("SUCCESS", run.status("u-2"), run.response("u-2").toString());
    assertTrue(run.response("u-2").toString().contains("Set-RemoteMailbox"));
    // after the synchronisation the repeated request assigns the licence, then converges
    assertEquals("SUCCESS", run.status("u-3"), run.response("u-3").toString());
    assertEquals("SUCCESS", run.status("u-4"), run.response("u-4").toString());
    assertTrue(
        run.response("u-3").toString().toLowerCase(Locale.ROOT).contains("licen"),
        run.response("u-3").toString());
    assertTrue(run.response("u-4").path("pending").isEmpty());
    assertTrue(
        run.response("u-4").toString().contains("nothing to change"),
        run.response("u-4").toString());
    assertEquals("SUCCESS", run.status("u-5"), run.response("u-5").toString());
    assertTrue(run.response("u-5").toString().contains("Remove-RemoteMailbox"));
    assertEquals("SUCCESS", run.status("u-6"), run.response("u-6").toString());
    assertTrue(run.response("u-6").toString().contains("nothing to change"));

    // the remote mailbox of an existing AD user
    assertEquals("SUCCESS", run.status("e-1"), run.response("e-1").toString());
    assertTrue(run.response("e-1").toString().contains("Enable-RemoteMailbox"));
    assertEquals("SUCCESS", run.status("e-2"), run.response("e-2").toString());
    assertTrue(run.response("e-2").toString().contains("Disable-RemoteMailbox"));

    // the shared remote mailbox, where the version has -Shared
    if (shared) {
      for (String id : List.of("s-1", "s-2", "s-3")) {
        assertEquals("SUCCESS", run.status(id), run.response(id).toString());
      }
      assertTrue(run.response("s-1").toString().contains("New-RemoteMailbox"));
      assertTrue(run.response("s-2").toString().contains("Set-RemoteMailbox"));
      assertTrue(run.response("s-3").toString().contains("Remove-RemoteMailbox"));
    } else {
      JsonNode refused = run.response("s-1");
      assertEquals("FAILURE", refused.path("status").asText());
      assertEquals("invalidAttribute", refused.path("errorCode").asText());
      assertTrue(refused.toString().contains("MailboxType"), refused.toString());
      assertTrue(refused.toString().contains("Exchange Server 2013"), refused.toString());
    }
  }
}
