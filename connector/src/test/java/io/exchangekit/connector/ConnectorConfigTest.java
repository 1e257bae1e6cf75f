package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.planning.PlanOptions;
import io.exchangekit.ports.config.ExchangeKit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector's {@code --config} through ExchangeKit's public loader, with the real providers on
 * the class path: every section, the environment, the misspellings users make, the connector's own
 * {@code rabbitmq.*} section, and secrets kept out of every message.
 */
class ConnectorConfigTest {
  private static final Map<String, String> ENV =
      Map.of(
          "EXCHANGE_PASSWORD", "Hunter2!exchange",
          "GRAPH_CLIENT_SECRET", "Hunter2!graph",
          "RABBITMQ_PASSWORD", "Hunter2!mq");

  static final String PREMISE =
      """
      premise.server=ex01.contoso.com
      premise.https=true
      premise.authentication=Kerberos
      premise.login=CONTOSO\\\\svc-exchange
      premise.password=${env:EXCHANGE_PASSWORD}
      premise.pool.maxSessions=6
      premise.wsman.linuxClient=true
      """;

  static final String ONLINE =
      """
      online.AppAuth=true
      online.login=00000000-0000-0000-0000-000000000000
      online.Organization=contoso.onmicrosoft.com
      online.CertificateFilePath=/etc/exchangekit/app.pfx
      online.CertificatePassword=${env:EXCHANGE_PASSWORD}
      graph.tenant=contoso.onmicrosoft.com
      graph.clientId=00000000-0000-0000-0000-000000000000
      graph.clientSecret=${env:GRAPH_CLIENT_SECRET}
      """;

  @TempDir Path dir;

  private Path file(String text) throws IOException {
    Path f = Files.createTempFile(dir, "exchangekit", ".properties");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private String refused(String text) throws IOException {
    Path f = file(text);
    return assertThrows(
            IllegalArgumentException.class, () -> ConnectorMain.configure(f, ENV::get).close())
        .getMessage();
  }

  @Test
  void givenEverySection_configure_opensBothScopesWithTheQueueAndOptions() throws IOException {
    Path f =
        file(
            PREMISE
                + ONLINE
                + """
                options.strict=true
                options.lockAttribute=15
                rabbitmq.uri=amqp://exchangekit:${env:RABBITMQ_PASSWORD}@mq.contoso.com:5672/openiam
                rabbitmq.queue=ExchangeConnector
                """);
    try (ExchangeKit kit = ConnectorMain.configure(f, ENV::get)) {
      assertEquals(6, kit.poolSize(), "the premise pool of 6 is larger than Online's 3");
      assertEquals(ConnectorMode.DEFAULT, kit.defaultMode());
      assertEquals(PlanOptions.DEFAULT.withStrict(true).withLockAttribute(15), kit.options());
      assertEquals(
          "amqp://exchangekit:Hunter2!mq@mq.contoso.com:5672/openiam",
          kit.section("rabbitmq").required("uri"));
      assertEquals("ExchangeConnector", kit.section("rabbitmq").required("queue"));
    }
  }

  @Test
  void givenOnlyExchangeOnline_configure_defaultsToTheOnlineScope() throws IOException {
    try (ExchangeKit kit = ConnectorMain.configure(file(ONLINE), ENV::get)) {
      assertEquals(ConnectorMode.of(Scope.ONLINE, NewUserBehavior.ENABLE), kit.defaultMode());
      assertEquals(3, kit.poolSize(), "Exchange Online's default of 3 sessions");
    }
    try (ExchangeKit kit =
        ConnectorMain.configure(file(ONLINE + "options.newUserBehavior=create\n"), ENV::get)) {
      assertEquals(ConnectorMode.of(Scope.ONLINE, NewUserBehavior.CREATE), kit.defaultMode());
    }
  }

  @Test
  void givenTheMisspellingsUsersMake_configure_namesTheNearestKey() throws IOException {
    Map<String, String> cases =
        Map.of(
            "premise.pool.maxSesions", "premise.pool.maxSessions",
            "premise.powershel.executable", "premise.powershell.executable",
            "premise.exchange.verison", "premise.exchange.version",
            "premise.authentification", "premise.authentication",
            "online.CertificateThumbprnt", "online.CertificateThumbprint",
            "online.appauth.", "online.AppAuth",
            "graph.tennant", "graph.tenant",
            "optoins.strict", "options.strict",
            "rabbitmq.queu", "rabbitmq.queue");
    for (var c : cases.entrySet()) {
      assertEquals(
          "unknown configuration key '" + c.getKey() + "'; did you mean " + c.getValue() + "?",
          refused(PREMISE + ONLINE + c.getKey() + "=4\n"));
    }
  }

  @Test
  void givenAMisspeltSecret_configure_namesTheKeyButNeverTheValue() throws IOException {
    String message = refused(PREMISE + ONLINE + "graph.clientSecert=Hunter2!literal\n");

    assertEquals(
        "unknown configuration key 'graph.clientSecert'; did you mean graph.clientSecret?",
        message);
    assertFalse(message.contains("Hunter2"), message);
  }

  @Test
  void givenAnUnknownQueueKey_configure_listsTheQueueKeys() throws IOException {
    assertEquals(
        "unknown configuration key 'rabbitmq.exchangeName'; the keys of rabbitmq.* are"
            + " rabbitmq.maxReplyBytes, rabbitmq.queue, rabbitmq.uri",
        refused(PREMISE + "rabbitmq.exchangeName=amq.direct\n"));
  }

  @Test
  void givenMaxReplyBytes_parse_acceptsTheRangeAndNamesItOtherwise() {
    assertEquals(2048, ConnectorMain.maxReplyBytes(" 2048 "));
    assertEquals(134_217_728, ConnectorMain.maxReplyBytes("134217728"));
    for (String bad : List.of("1023", "134217729", "1 MiB", "")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ConnectorMain.maxReplyBytes(bad));
      assertEquals(
          "rabbitmq.maxReplyBytes must be a whole number of bytes from 1024 to 134217728"
              + " (default 1048576) but was '"
              + bad.trim()
              + "'",
          e.getMessage());
    }
  }

  @Test
  void givenBadValuesForTheAdapters_configure_namesSectionKeyAndWhatIsAllowed() throws IOException {
    assertEquals(
        "premise.*: setting 'https' must be true or false but was 'yes'",
        refused(PREMISE.replace("premise.https=true", "premise.https=yes")));
    assertEquals(
        "premise.*: 'pool.maxSessions' must be at least 1 but was 0",
        refused(PREMISE.replace("maxSessions=6", "maxSessions=0")));
    assertEquals(
        "premise.*: setting 'authentication' must be one of Kerberos, Negotiate, Basic but was"
            + " 'NTLM'",
        refused(PREMISE.replace("=Kerberos", "=NTLM")));
    assertEquals(
        "online.*: setting 'pool.idleSeconds' must be a number of seconds but was 'ten'",
        refused(PREMISE + ONLINE + "online.pool.idleSeconds=ten\n"));
    assertEquals(
        "graph.*: setting 'maxAttempts' must be a whole number but was 'many'",
        refused(PREMISE + ONLINE + "graph.maxAttempts=many\n"));
  }

  @Test
  void givenOnlineWithoutGraph_configure_saysGraphIsMissing() throws IOException {
    String message = refused(ONLINE.substring(0, ONLINE.indexOf("graph.")));

    assertTrue(message.startsWith("online.* (Exchange Online PowerShell) and graph.*"), message);
    assertTrue(message.endsWith("graph.* is missing"), message);
  }

  @Test
  void givenAMisspeltKeyInTheConfigFile_run_failsWithTheSuggestionAndNoSecret() throws IOException {
    Path f =
        file(
            PREMISE.replace("${env:EXCHANGE_PASSWORD}", "Hunter2!inline")
                + "premise.pool.maxSesions=4\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        ConnectorMain.run(
            new String[] {"--config", f.toString()},
            new StringReader(""),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    String errors = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, code, errors);
    assertEquals(
        "error: unknown configuration key 'premise.pool.maxSesions'; did you mean"
            + " premise.pool.maxSessions?",
        errors.strip());
    assertFalse(errors.contains("Hunter2"), errors);
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void givenAnUnsetVariable_run_namesTheKeyAndTheVariable() throws IOException {
    Path f = file(PREMISE.replace("EXCHANGE_PASSWORD", "EXCHANGEKIT_TEST_SURELY_UNSET"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        ConnectorMain.run(
            new String[] {"--config", f.toString()},
            new StringReader(""),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(1, code);
    assertEquals(
        "error: configuration key 'premise.password' needs the environment variable"
            + " EXCHANGEKIT_TEST_SURELY_UNSET, which is not set",
        err.toString(StandardCharsets.UTF_8).strip());
  }
}
