/**
 * Exchange Online through the ExchangeOnlineManagement module: {@link
 * io.exchangekit.adapter.online.OnlinePowerShellProvider} (ServiceLoader name {@code
 * online-powershell}) configured by {@link io.exchangekit.adapter.online.OnlineConfig}.
 */
package io.exchangekit.adapter.online;
