/**
 * Use cases and their commands: mailbox. See {@link io.exchangekit.ports.in} for the conventions.
 */
package io.exchangekit.ports.in.mailbox;
