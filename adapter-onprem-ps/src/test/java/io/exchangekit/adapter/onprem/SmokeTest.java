package io.exchangekit.adapter.onprem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.exchangekit.adapter.powershell.PowerShellBackend;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.search.SearchQuery;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void givenEmulator_connect_works() throws Exception {
    EmulatorProcess emu = EmulatorProcess.of("2016");
    OnPremConfig config =
        new OnPremConfig(
            "EXCHANGE1.contoso.com",
            false,
            OnPremConfig.Authentication.KERBEROS,
            Optional.empty(),
            Optional.empty(),
            Optional.of(ExchangeVersion.EXCHANGE_2016),
            emu.options(1, Duration.ofSeconds(10)));
    try (PowerShellBackend b = OnPremPowerShellProvider.open(config)) {
      assertEquals(ExchangeVersion.EXCHANGE_2016, b.backend().commands().version());
      System.out.println(b.backend().state().loadMailbox(RecipientIdentity.of("alice")));
      System.out.println(b.backend().state().loadMailbox(RecipientIdentity.of("nobody")));
      b.backend().query().search(SearchQuery.all("Get-Mailbox")).forEach(System.out::println);
      System.out.println(b.figures());
    }
    System.out.println(emu.transcript());
  }
}
