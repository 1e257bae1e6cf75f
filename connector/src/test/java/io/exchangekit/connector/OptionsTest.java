package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.mode.ExchangeVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {
  @Test
  void givenEmulatorOptions_parse_readsThem() {
    Options o =
        Options.parse(
            "--emulator-version", "2010", "--emulator-mailbox-delay", "1.5", "--dry-run", "a.json");
    assertEquals(ExchangeVersion.EXCHANGE_2010, o.emulatorVersion());
    assertEquals(Duration.ofMillis(1500), o.emulatorMailboxDelay());
    assertTrue(o.dryRun());
    assertEquals(List.of(Path.of("a.json")), o.files());
  }

  @Test
  void givenVersion_parse_asksForTheVersionOnly() {
    assertTrue(Options.parse("--version").version());
    assertFalse(Options.parse("a.json").version());
    assertTrue(Options.USAGE.contains("--version"));
  }

  @Test
  void givenTheBuild_connectorVersion_isTheProjectVersion() {
    // Maven filters version.properties; the IT compares the jar's answer with the POM's version
    assertTrue(
        ConnectorVersion.line().matches("exchangekit-connector \\d+\\.\\d+\\.\\d+\\S*"),
        ConnectorVersion.line());
  }

  @Test
  void givenBadOptions_parse_namesTheOptionAndWhatItTakes() {
    assertTrue(
        assertThrows(
                IllegalArgumentException.class, () -> Options.parse("--emulator-version", "2007"))
            .getMessage()
            .contains("2010, 2013, 2016, 2019, SE"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--bogus"))
            .getMessage()
            .contains("--bogus"));
    assertThrows(IllegalArgumentException.class, () -> Options.parse("--config"));
    assertThrows(IllegalArgumentException.class, () -> Options.parse("--rabbitmq", "amqp://x"));
    assertThrows(
        IllegalArgumentException.class, () -> Options.parse("--emulator-mailbox-delay", "soon"));
  }
}
