/**
 * The strict Exchange emulator: an emulated organisation of a chosen version (2010, 2013, 2016,
 * 2019, SE or Online) behind a PowerShell front end.
 *
 * <p>In process: {@link io.exchangekit.emulator.exchange.ExchangeEmulator#forVersion} gives an
 * emulator, {@link io.exchangekit.emulator.exchange.ExchangeEmulator#newSession} a session whose
 * {@code run(line)} behaves as the emulator process does for one jPowerShell line. As a process:
 * {@link io.exchangekit.emulator.exchange.EmulatorLauncher#writeScript} writes a launcher script
 * for {@code PowerShell.openSession(path)}; see {@link
 * io.exchangekit.emulator.exchange.ps.EmulatedPowerShell} for its options. Faults are described by
 * {@link io.exchangekit.emulator.exchange.FaultPlan}; {@link
 * io.exchangekit.emulator.exchange.Counters} counts sessions and cmdlet calls.
 */
package io.exchangekit.emulator.exchange;
