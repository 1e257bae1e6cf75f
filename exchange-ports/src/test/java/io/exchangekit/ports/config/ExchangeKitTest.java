package io.exchangekit.ports.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.planning.PlanOptions;
import io.exchangekit.ports.spi.BackendConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeKitTest {
  private static final Map<String, String> ENV =
      Map.of("EXCHANGE_PASSWORD", "Hunter2!premise", "GRAPH_SECRET", "Hunter2!graph");

  @TempDir Path dir;
  private ClassLoader loader;

  @BeforeEach
  void providers() {
    FakeProviders.reset();
    loader =
        FakeProviders.loader(
            dir.resolve("providers"),
            FakeProviders.Premise.class,
            FakeProviders.Online.class,
            FakeProviders.Directory.class);
  }

  private ExchangeKit.Builder builder(String... keyValues) {
    ExchangeKit.Builder b = ExchangeKit.builder().classLoader(loader).environment(ENV::get);
    for (int i = 0; i < keyValues.length; i += 2) {
      b.set(keyValues[i], keyValues[i + 1]);
    }
    return b;
  }

  private String refused(String... keyValues) {
    return assertThrows(IllegalArgumentException.class, () -> builder(keyValues).open())
        .getMessage();
  }

  private static final String[] ONLINE = {
    "online.AppAuth", "true",
    "online.login", "00000000-0000-0000-0000-000000000000",
    "online.Organization", "contoso.onmicrosoft.com",
    "graph.tenant", "contoso.onmicrosoft.com",
    "graph.clientId", "00000000-0000-0000-0000-000000000000",
    "graph.clientSecret", "${env:GRAPH_SECRET}"
  };

  private static String[] with(String[] base, String... more) {
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void givenEverySection_open_givesEachProviderItsSettingsWithSecretsApart() {
    try (ExchangeKit kit =
        builder(
                with(
                    ONLINE,
                    "premise.server",
                    "ex01.contoso.com",
                    "premise.login",
                    "CONTOSO\\svc",
                    "premise.password",
                    "${env:EXCHANGE_PASSWORD}",
                    "online.pool.maxSessions",
                    "7",
                    "options.strict",
                    "true",
                    "options.lockAttribute",
                    "15",
                    "options.lockAdAccount",
                    "TRUE",
                    "options.removeUnlistedLicenses",
                    "false"))
            .open()) {
      BackendConfig premise = FakeProviders.CREATED.get("premise");
      assertEquals("ex01.contoso.com", premise.required("server"));
      assertEquals("CONTOSO\\svc", premise.required("login"));
      assertEquals("Hunter2!premise", premise.secret("password").orElseThrow().reveal());
      assertTrue(premise.setting("password").isEmpty(), "a password is never a plain setting");
      assertFalse(premise.toString().contains("Hunter2"), premise.toString());
      BackendConfig graph = FakeProviders.CREATED.get("graph");
      assertEquals("Hunter2!graph", graph.secret("clientSecret").orElseThrow().reveal());
      assertEquals("true", FakeProviders.CREATED.get("online").required("AppAuth"));
      assertEquals(7, kit.poolSize(), "the largest pool: online's 7 over premise's default 4");
      assertEquals(ConnectorMode.DEFAULT, kit.defaultMode());
      assertEquals(
          PlanOptions.DEFAULT.withStrict(true).withLockAttribute(15).withLockAdAccount(true),
          kit.options());
    }
  }

  @Test
  void givenPlanningOptions_open_passesThemToTheUseCases() {
    try (ExchangeKit kit =
        builder(
                "premise.server",
                "ex01",
                "options.strict",
                "true",
                "options.lockAttribute",
                "15",
                "options.lockAdAccount",
                "TRUE")
            .open()) {
      assertEquals(
          PlanOptions.DEFAULT.withStrict(true).withLockAttribute(15).withLockAdAccount(true),
          kit.options());
    }
    assertEquals(
        "options.lockAttribute must be a CustomAttribute number from 1 to 15 but was '16'",
        refused("premise.server", "ex01", "options.lockAttribute", "16"));
  }

  @Test
  void givenEnvironmentReferences_open_expandsThemInsideLongerValues() {
    try (ExchangeKit kit =
        builder("premise.server", "ex01", "premise.login", "CONTOSO\\${env:EXCHANGE_PASSWORD}x")
            .open()) {
      assertEquals(
          "CONTOSO\\Hunter2!premisex", FakeProviders.CREATED.get("premise").required("login"));
    }
  }

  @Test
  void givenAnUnsetVariable_open_namesTheKeyAndTheVariable() {
    assertEquals(
        "configuration key 'premise.password' needs the environment variable NOT_SET, which is not"
            + " set",
        refused("premise.server", "ex01", "premise.password", "${env:NOT_SET}"));
  }

  @Test
  void givenMisspeltKeys_open_refusesEachNamingTheNearestKnownKey() {
    Map<String, String> cases =
        Map.of(
            "premise.pool.maxSesions", "premise.pool.maxSessions",
            "premise.sever", "premise.server",
            "premis.server", "premise.server",
            "option.strict", "options.strict",
            "options.lockAtribute", "options.lockAttribute",
            "options.connectorScpoe", "options.connectorScope",
            "premise.provder", "premise.provider");
    cases.forEach(
        (wrong, right) ->
            assertEquals(
                "unknown configuration key '" + wrong + "'; did you mean " + right + "?",
                refused("premise.server", "ex01", wrong, "1")));
    assertEquals(
        "unknown configuration key 'grpah.tenant'; did you mean graph.tenant?",
        refused(with(ONLINE, "grpah.tenant", "x")));
  }

  @Test
  void givenAMisspeltSecretKey_open_neverShowsItsValue() {
    String message = refused("premise.server", "ex01", "premise.pasword", "Hunter2!premise");

    assertEquals(
        "unknown configuration key 'premise.pasword'; did you mean premise.password?", message);
    assertFalse(message.contains("Hunter2"));
  }

  @Test
  void givenAnUnknownSection_open_listsTheSections() {
    assertEquals(
        "unknown configuration key 'ldap.url'; keys start with premise. online. graph. options.",
        refused("premise.server", "ex01", "ldap.url", "ldap://dc01"));
  }

  @Test
  void givenAKeyFarFromEveryKeyOfItsSection_open_listsTheSectionsKeys() {
    String message = refused("premise.server", "ex01", "premise.mailboxDatabase", "DB01");

    assertTrue(
        message.startsWith(
            "unknown configuration key 'premise.mailboxDatabase'; the keys of premise.* are "),
        message);
    assertTrue(message.contains("premise.pool.maxSessions"), message);
  }

  @Test
  void givenTheSameKeyInTwoCases_open_refusesIt() {
    String message = refused("premise.server", "ex01", "premise.Server", "ex02");

    assertTrue(message.contains("is given twice"), message);
  }

  @Test
  void givenEachDeployment_defaultMode_isTheScopeItServes() {
    try (ExchangeKit premise = builder("premise.server", "ex01").open();
        ExchangeKit online = builder(ONLINE).open();
        ExchangeKit both = builder(with(ONLINE, "premise.server", "ex01")).open();
        ExchangeKit chosen =
            builder(
                    with(
                        ONLINE,
                        "premise.server",
                        "ex01",
                        "options.connectorScope",
                        "Online",
                        "options.newUserBehavior",
                        "create"))
                .open()) {
      assertEquals(ConnectorMode.of(Scope.PREMISE, NewUserBehavior.ENABLE), premise.defaultMode());
      assertEquals(ConnectorMode.of(Scope.ONLINE, NewUserBehavior.ENABLE), online.defaultMode());
      assertEquals(ConnectorMode.of(Scope.PREMISE, NewUserBehavior.ENABLE), both.defaultMode());
      assertEquals(ConnectorMode.of(Scope.ONLINE, NewUserBehavior.CREATE), chosen.defaultMode());
      assertEquals(chosen.defaultMode(), chosen.useCases().defaultMode());
    }
  }

  @Test
  void givenADefaultScopeWithoutItsSection_open_namesTheKey() {
    assertEquals(
        "options.connectorScope is online but the configuration has no online.* section",
        refused("premise.server", "ex01", "options.connectorScope", "online"));
    assertEquals(
        "options.connectorScope must be one of premise, online, hybrid but was 'cloud'",
        refused("premise.server", "ex01", "options.connectorScope", "cloud"));
    assertEquals(
        "options.newUserBehavior must be one of enable, create but was 'make'",
        refused("premise.server", "ex01", "options.newUserBehavior", "make"));
  }

  @Test
  void givenHybridScope_open_needsPremiseGraphAndAValidRoutingDomain() {
    String noGraph =
        refused(
            "premise.server",
            "ex01",
            "options.connectorScope",
            "hybrid",
            "options.remoteRoutingDomain",
            "contoso.mail.onmicrosoft.com");
    assertTrue(noGraph.contains("graph.* (licences)"), noGraph);
    String noDomain =
        refused(
            "premise.server",
            "ex01",
            "graph.tenant",
            "contoso",
            "options.connectorScope",
            "hybrid");
    assertTrue(noDomain.contains("online.* is missing"), noDomain);
    String badDomain =
        refused("premise.server", "ex01", "options.remoteRoutingDomain", "contoso.onmicrosoft.com");
    assertEquals(
        "options.remoteRoutingDomain must be the tenant's routing domain, e.g."
            + " contoso.mail.onmicrosoft.com, but was 'contoso.onmicrosoft.com'",
        badDomain);
  }

  @Test
  void givenOnlineWithoutGraphOrTheReverse_open_saysWhichIsMissing() {
    String withoutGraph =
        refused("online.AppAuth", "true", "online.login", "app", "online.Organization", "c");
    assertTrue(withoutGraph.endsWith("graph.* is missing"), withoutGraph);
    String withoutOnline = refused("premise.server", "ex01", "graph.tenant", "contoso");
    assertTrue(withoutOnline.endsWith("online.* is missing"), withoutOnline);
    assertTrue(refused("options.strict", "true").startsWith("the configuration names no target"));
  }

  @Test
  void givenBadBooleansAndNumbers_open_namesTheKeyAndWhatIsAllowed() {
    assertEquals(
        "options.strict must be true or false but was 'yes'",
        refused("premise.server", "ex01", "options.strict", "yes"));
    assertEquals(
        "options.lockAttribute must be a CustomAttribute number from 1 to 15 but was 'fifteen'",
        refused("premise.server", "ex01", "options.lockAttribute", "fifteen"));
    assertEquals(
        "premise.*: setting 'pool.maxSessions' must be a whole number but was 'four'",
        refused("premise.server", "ex01", "premise.pool.maxSessions", "four"));
    assertEquals(
        "premise.*: setting 'https' must be true or false but was 'on'",
        refused("premise.server", "ex01", "premise.https", "on"));
  }

  @Test
  void givenADeclaredSection_open_acceptsItsKeysAndHandsThemBack() {
    ExchangeKit.Builder b =
        builder("premise.server", "ex01", "rabbitmq.uri", "amqp://mq", "rabbitmq.queue", "Q")
            .section("rabbitmq", Set.of("uri", "queue"));
    try (ExchangeKit kit = b.open()) {
      assertEquals("amqp://mq", kit.section("rabbitmq").required("uri"));
      assertEquals("Q", kit.section("RabbitMQ").required("queue"));
      assertThrows(IllegalArgumentException.class, () -> kit.section("ldap"));
    }
    assertEquals(
        "unknown configuration key 'rabbitmq.queu'; did you mean rabbitmq.queue?",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    builder("premise.server", "ex01", "rabbitmq.queu", "Q")
                        .section("rabbitmq", Set.of("uri", "queue"))
                        .open())
            .getMessage());
    assertTrue(
        refused("premise.server", "ex01", "rabbitmq.queue", "Q")
            .startsWith("unknown configuration key 'rabbitmq.queue'; keys start with"));
    assertThrows(
        IllegalArgumentException.class, () -> ExchangeKit.builder().section("premise", Set.of()));
  }

  @Test
  void givenTwoProvidersForAScope_open_needsTheProviderKey() {
    ClassLoader two =
        FakeProviders.loader(
            dir.resolve("two"), FakeProviders.Premise.class, FakeProviders.OtherPremise.class);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> ExchangeKit.builder().classLoader(two).set("premise.server", "ex01").open());
    assertTrue(e.getMessage().contains("choose one by name"), e.getMessage());

    try (ExchangeKit kit =
        ExchangeKit.builder()
            .classLoader(two)
            .set("premise.provider", "other-premise")
            .set("premise.endpoint", "https://ex01/")
            .open()) {
      assertEquals(
          "https://ex01/", FakeProviders.CREATED.get("other-premise").required("endpoint"));
      assertTrue(FakeProviders.CREATED.get("other-premise").setting("provider").isEmpty());
    }
    assertEquals(
        "configuration key 'premise.server' is a setting of another provider; this"
            + " configuration's premise.* uses provider 'other-premise' (choose with"
            + " premise.provider)",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ExchangeKit.builder()
                        .classLoader(two)
                        .set("premise.provider", "other-premise")
                        .set("premise.server", "ex01")
                        .open())
            .getMessage());
  }

  @Test
  void givenAKeyOfAnotherProvider_open_saysWhichProviderTheSectionUses() {
    ClassLoader two =
        FakeProviders.loader(
            dir.resolve("two"), FakeProviders.Premise.class, FakeProviders.OtherPremise.class);

    String message =
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ExchangeKit.builder()
                        .classLoader(two)
                        .set("premise.provider", "fake-premise")
                        .set("premise.server", "ex01")
                        .set("premise.endpoint", "https://ex01/")
                        .open())
            .getMessage();

    assertEquals(
        "configuration key 'premise.endpoint' is a setting of another provider; this"
            + " configuration's premise.* uses provider 'fake-premise' (choose with"
            + " premise.provider)",
        message);
    String misspelt =
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ExchangeKit.builder()
                        .classLoader(two)
                        .set("premise.provider", "fake-premise")
                        .set("premise.server", "ex01")
                        .set("premise.endpont", "https://ex01/")
                        .open())
            .getMessage();
    assertEquals(
        "unknown configuration key 'premise.endpont'; did you mean premise.endpoint? (a setting"
            + " of another provider; this configuration's premise.* uses provider 'fake-premise')",
        misspelt);
  }

  @Test
  void givenAnOpenKit_close_closesTheBackendsInReverseOrderOnce() {
    ExchangeKit kit = builder(with(ONLINE, "premise.server", "ex01")).open();

    kit.close();
    kit.close();

    assertEquals(List.of("fake-online", "fake-premise"), FakeProviders.CLOSED);
  }

  @Test
  void givenAFile_fromFile_readsItAsUtf8AndNamesAFileItCannotRead() throws IOException {
    Path file = dir.resolve("exchangekit.properties");
    Files.writeString(
        file, "premise.server=ex01\npremise.login=CONTOSO\\\\J\u00f6rg\n", StandardCharsets.UTF_8);
    ExchangeKit.Builder b = ExchangeKit.builder().classLoader(loader).file(file);
    try (ExchangeKit kit = b.open()) {
      assertEquals("CONTOSO\\J\u00f6rg", FakeProviders.CREATED.get("premise").required("login"));
    }
    Path missing = dir.resolve("missing.properties");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ExchangeKit.fromFile(missing, k -> null));
    assertTrue(
        e.getMessage().startsWith("cannot read the configuration file " + missing), e.getMessage());
  }

  @Test
  void givenProperties_fromProperties_opensThem() {
    Properties p = new Properties();
    p.setProperty("premise.server", "ex01");
    p.setProperty("premise.password", "${env:EXCHANGE_PASSWORD}");
    // fromProperties uses ExchangeKit's own class loader, which finds no provider here
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ExchangeKit.fromProperties(p, ENV::get));
    assertTrue(e.getMessage().contains("No Exchange backend for scope PREMISE"), e.getMessage());
    try (ExchangeKit kit =
        ExchangeKit.builder().classLoader(loader).properties(p).environment(ENV::get).open()) {
      assertEquals(
          "Hunter2!premise",
          FakeProviders.CREATED.get("premise").secret("password").orElseThrow().reveal());
    }
  }

  @Test
  void givenProviders_knownKeys_listsEverySectionsKeys() {
    Set<String> keys =
        ExchangeKit.builder().classLoader(loader).section("rabbitmq", Set.of("uri")).knownKeys();

    for (String k :
        List.of(
            "premise.server",
            "premise.provider",
            "online.AppAuth",
            "graph.clientSecret",
            "graph.provider",
            "options.connectorScope",
            "options.newUserBehavior",
            "rabbitmq.uri")) {
      assertTrue(keys.contains(k), k + " in " + keys);
    }
    assertFalse(keys.contains("options.provider"));
    assertFalse(keys.contains("rabbitmq.provider"), "a caller's section has only its keys");
  }
}
