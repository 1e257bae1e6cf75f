/**
 * Use cases and their commands: connection. See {@link io.exchangekit.ports.in} for the
 * conventions.
 */
package io.exchangekit.ports.in.connection;
