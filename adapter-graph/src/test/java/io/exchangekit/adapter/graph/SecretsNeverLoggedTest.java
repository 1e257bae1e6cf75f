package io.exchangekit.adapter.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.error.AuthenticationFailedException;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.emulator.graph.GraphEmulator;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Passwords, client secrets and access tokens stay out of logs, results and exceptions. */
class SecretsNeverLoggedTest {

  private static final String PASSWORD = "S3cret!UserPassw0rd";
  private static final String WRONG = "Wr0ng!ClientSecret";

  @Test
  void givenAProvisioningRunAndAFailedSignIn_output_showsNoSecret() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    StringBuilder results = new StringBuilder();
    try (GraphEmulator emulator = GraphEmulator.start()) {
      System.setOut(capture);
      System.setErr(capture);
      CloudDirectoryPort port = GraphDirectoryProvider.create(EmulatorSetup.config(emulator));
      UserPrincipalName upn = UserPrincipalName.of("secret@contoso.com");
      results.append(
          port.apply(
              new DirectoryPlan(
                  List.of(
                      new DirectoryAction.CreateCloudUser(
                          upn,
                          DisplayName.of("Secret"),
                          Alias.of("secret"),
                          UsageLocation.of("US"),
                          Optional.of(Secret.of(PASSWORD)))))));
      assertTrue(emulator.passwordMatches(upn.value(), PASSWORD));
      CloudDirectoryPort wrong =
          GraphDirectoryProvider.create(
              EmulatorSetup.config(
                  emulator, new GraphDirectoryConfig.ClientSecret(Secret.of(WRONG))));
      AuthenticationFailedException e =
          assertThrows(AuthenticationFailedException.class, () -> wrong.findUser(upn));
      results.append(e).append(e.getMessage()).append(e.remoteError());
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    String logs = captured.toString(StandardCharsets.UTF_8);
    assertTrue(logs.contains("created cloud user secret@contoso.com"), "no log captured: " + logs);
    String text = logs + results;
    for (String secret : List.of(PASSWORD, WRONG, EmulatorSetup.CLIENT_SECRET, "emu.")) {
      assertFalse(text.contains(secret), "output shows a secret or token: " + secret);
    }
  }
}
