/** Use cases and their commands: group. See {@link io.exchangekit.ports.in} for the conventions. */
package io.exchangekit.ports.in.group;
