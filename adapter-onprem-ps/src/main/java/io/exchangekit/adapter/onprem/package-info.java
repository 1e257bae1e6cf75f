/**
 * Exchange Server 2010 and later through remote PowerShell: {@link
 * io.exchangekit.adapter.onprem.OnPremPowerShellProvider} (ServiceLoader name {@code
 * onprem-powershell}) configured by {@link io.exchangekit.adapter.onprem.OnPremConfig}.
 */
package io.exchangekit.adapter.onprem;
