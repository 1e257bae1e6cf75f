/**
 * What the two PowerShell adapters share: jPowerShell sessions made safe (one line per call, one
 * JSON envelope with a per-call nonce, UTF-8 whatever the platform charset, a poisoned session
 * killed), a bounded session pool, rendering of plans as single-quoted literals, decoding of
 * results, and the one table that maps Exchange errors to domain exceptions. Adapters supply a
 * {@link io.exchangekit.adapter.powershell.ConnectionRecipe} and get the Exchange ports from {@link
 * io.exchangekit.adapter.powershell.PowerShellBackend}.
 */
package io.exchangekit.adapter.powershell;
