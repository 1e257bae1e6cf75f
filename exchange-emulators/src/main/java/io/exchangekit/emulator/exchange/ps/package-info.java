/**
 * The emulator's PowerShell front end: a parser and interpreter for the script subset the adapters
 * emit, written from PowerShell's documented rules (not from the adapters' renderer), a parameter
 * binder checked against Microsoft's cmdlet catalog, and the process entry point that meets
 * jPowerShell's stand-in contract.
 */
package io.exchangekit.emulator.exchange.ps;
