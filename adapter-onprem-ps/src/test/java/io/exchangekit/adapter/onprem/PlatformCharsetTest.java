package io.exchangekit.adapter.onprem;

import static io.exchangekit.adapter.powershell.Plans.command;
import static io.exchangekit.adapter.powershell.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.exchangekit.adapter.powershell.EmulatorProcess;
import io.exchangekit.adapter.powershell.Plans;
import io.exchangekit.adapter.powershell.PowerShellBackend;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs in its own JVM whose platform charset is ISO-8859-1 (see the POM): text still travels as
 * UTF-8 to and from the PowerShell process, which here reads and writes UTF-8 as pwsh does. The tag
 * keeps it out of the default JVM even when {@code -Dtest} selects it there.
 */
@Tag("latin1-platform")
class PlatformCharsetTest {
  @Test
  void givenNonUtf8PlatformCharset_nonAsciiText_roundTripsThroughTheSession() throws IOException {
    assertNotEquals(StandardCharsets.UTF_8, Charset.defaultCharset());
    EmulatorProcess emulator = EmulatorProcess.of("2016");
    String script = Files.readString(emulator.launcher, StandardCharsets.UTF_8);
    Files.writeString(
        emulator.launcher,
        script.replaceAll("-Dfile\\.encoding=[^' ]+", "-Dfile.encoding=UTF-8"),
        StandardCharsets.UTF_8);
    OnPremConfig config =
        EmulatorConfigs.kerberos(
            Optional.of(ExchangeVersion.EXCHANGE_2016),
            emulator.options(1, Duration.ofSeconds(20)));
    String name = Plans.unique("Charset");
    String text = "M\u00fcller \u2019\u0109\u4e2d\u6587 \uD83D\uDE00 \u00e9\u00e8";
    try (PowerShellBackend b = OnPremPowerShellProvider.open(config)) {
      b.backend()
          .commands()
          .run(
              plan(
                  command("New-Mailbox", "Shared", null, "Name", name, "Alias", name),
                  command("Set-Mailbox", "Identity", name, "CustomAttribute3", text)));
      assertEquals(
          text,
          b.backend().state().loadMailbox(RecipientIdentity.of(name)).customAttributes().get(3));
    }
  }
}
