/** Driven port to the tenant's cloud directory (Microsoft Graph): users and licences. */
package io.exchangekit.ports.out.directory;
