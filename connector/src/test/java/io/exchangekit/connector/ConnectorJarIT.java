package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The built jar's command line as users meet it first: its contents, options and errors. */
class ConnectorJarIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Test
  void givenTheShadedJar_entries_holdTheMainClassAndEveryTransportsAndAdaptersLibrary()
      throws Exception {
    try (JarFile jar = new JarFile(JarProcess.jar().toFile())) {
      assertEquals(
          ConnectorMain.class.getName(),
          jar.getManifest().getMainAttributes().getValue("Main-Class"));
      // one class of each library the runnable connector needs at run time; a test or provided
      // scope in connector/pom.xml overrides a module's compile scope and drops it silently
      for (String entry :
          List.of(
              "com/rabbitmq/client/ConnectionFactory.class", // --rabbitmq
              "com/rabbitmq/client/RecoveryListener.class",
              "com/fasterxml/jackson/databind/ObjectMapper.class", // the OpenIAM wire format
              "com/profesorfalken/jpowershell/PowerShell.class", // the PowerShell adapters
              "com/microsoft/aad/msal4j/ConfidentialClientApplication.class", // the Graph adapter
              "com/microsoft/graph/serviceclient/GraphServiceClient.class",
              "org/slf4j/simple/SimpleLogger.class", // logs on standard error
              "io/exchangekit/emulator/exchange/ExchangeEmulator.class", // embedded target
              "io/exchangekit/connector/version.properties")) {
        assertNotNull(jar.getEntry(entry), entry + " is missing from " + jar.getName());
      }
    }
  }

  @Test
  void givenHelp_run_printsTheUsageOfEveryOptionAndExitsZero() throws Exception {
    JarProcess.Result r = JarProcess.run(TIMEOUT, "", "--help");
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(r.stdout().startsWith("Usage: java -jar exchangekit-connector.jar"), r.stdout());
    for (String option :
        List.of("--config", "--dry-run", "--emulator-version", "--rabbitmq", "--version")) {
      assertTrue(r.stdout().contains(option), option + " in " + r.stdout());
    }
  }

  @Test
  void givenVersion_run_printsTheProjectVersionAndExitsZero() throws Exception {
    String projectVersion = System.getProperty("exchangekit.version");
    assertNotNull(projectVersion, "exchangekit.version is set by Failsafe (mvn verify)");
    JarProcess.Result r = JarProcess.run(TIMEOUT, "", "--version");
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals("exchangekit-connector " + projectVersion, r.stdout().strip());
  }

  @Test
  void givenAnUnknownOption_run_exitsTwoNamingIt() throws Exception {
    JarProcess.Result r = JarProcess.run(TIMEOUT, "", "--frobnicate", "x.json");
    assertEquals(2, r.exitCode(), r.stderr());
    assertTrue(r.stderr().contains("unknown option '--frobnicate'"), r.stderr());
    assertEquals("", r.stdout(), "no response is printed");
  }

  @Test
  void givenAnOptionWithABadValue_run_exitsTwoNamingWhatItTakes() throws Exception {
    JarProcess.Result r = JarProcess.run(TIMEOUT, "", "--emulator-version", "2007");
    assertEquals(2, r.exitCode(), r.stderr());
    assertTrue(r.stderr().contains("2010, 2013, 2016, 2019, SE"), r.stderr());
  }
}
