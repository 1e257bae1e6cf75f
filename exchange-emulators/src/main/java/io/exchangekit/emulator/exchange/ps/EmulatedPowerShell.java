package io.exchangekit.emulator.exchange.ps;

import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.emulator.exchange.ProcessSupport;

/**
 * The emulator as a PowerShell stand-in process that jPowerShell starts as its executable
 * (reference §3): silent at start, reads stdin line by line, {@code $pid}, {@code $?}, {@code
 * exit}, one burst of complete lines per command, prompts as partial lines.
 *
 * <p>Options (jPowerShell's {@code -nologo -noexit -Command -} and Windows' {@code -ExecutionPolicy
 * Bypass -NoExit -NoProfile} are accepted and ignored):
 *
 * <ul>
 *   <li>{@code --version 2010|2013|2016|2019|SE|Online} (default 2016)
 *   <li>{@code --demo}: start from the shipped demo organisation (default: empty, or the state
 *       file)
 *   <li>{@code --organisation FILE}: start from an organisation file
 *   <li>{@code --state FILE}: share the organisation through FILE (loaded if present, saved after
 *       each changing command, reloaded when another process changed it)
 *   <li>{@code --faults SPEC}: a {@link io.exchangekit.emulator.exchange.FaultPlan} spec
 *   <li>{@code --counters FILE}: merge counters into FILE after each command
 *   <li>{@code --transcript FILE}: append each input line, secrets masked
 *   <li>{@code --connected}: Exchange cmdlets available without New-PSSession/Import-PSSession or
 *       Connect-ExchangeOnline
 *   <li>{@code --delay-ms N}: Online mailbox provisioning delay
 *   <li>{@code --host-platform windows|linux}: the host's operating system (default windows; on
 *       linux New-PSSession -ConnectionUri fails for want of a WSMan client)
 * </ul>
 */
public final class EmulatedPowerShell {
  private EmulatedPowerShell() {}

  public static void main(String[] args) throws Exception {
    ProcessSupport.run(args, ExchangeEmulator::forVersion);
  }
}
