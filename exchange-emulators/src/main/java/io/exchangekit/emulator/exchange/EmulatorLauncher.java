package io.exchangekit.emulator.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a launcher script that starts {@link
 * io.exchangekit.emulator.exchange.ps.EmulatedPowerShell} with this JVM's class path, for
 * jPowerShell's {@code PowerShell.openSession(path)}. The script passes jPowerShell's own arguments
 * ({@code -nologo -noexit -Command -}) through; the emulator ignores them.
 *
 * <pre>{@code
 * Path script = EmulatorLauncher.writeScript(Path.of("target"), "--version", "2016", "--demo",
 *     "--state", "target/org.json", "--counters", "target/counters.json");
 * PowerShell ps = PowerShell.openSession(script.toString());
 * }</pre>
 */
public final class EmulatorLauncher {
  private EmulatorLauncher() {}

  /** Writes an executable {@code exchange-emulator-N.sh} into {@code dir}; returns its path. */
  public static Path writeScript(Path dir, String... emulatorArguments) {
    try {
      Files.createDirectories(dir);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> cmd = new ArrayList<>();
      cmd.add(java);
      cmd.add("-Dfile.encoding=" + Charset.defaultCharset().name());
      cmd.add("-XX:TieredStopAtLevel=1");
      cmd.add("-XX:+UseSerialGC");
      cmd.add("-Xss4m");
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add("io.exchangekit.emulator.exchange.ps.EmulatedPowerShell");
      cmd.addAll(List.of(emulatorArguments));
      StringBuilder sb = new StringBuilder("#!/bin/sh\nexec");
      for (String c : cmd) {
        sb.append(' ').append(shellQuote(c));
      }
      sb.append(" \"$@\"\n");
      Path script = Files.createTempFile(dir.toAbsolutePath(), "exchange-emulator-", ".sh");
      Files.writeString(script, sb.toString(), StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
      return script.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write launcher script in " + dir, e);
    }
  }

  static String shellQuote(String s) {
    return "'" + s.replace("'", "'\"'\"'") + "'";
  }
}
