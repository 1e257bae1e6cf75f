/**
 * Use cases and their commands: license. See {@link io.exchangekit.ports.in} for the conventions.
 */
package io.exchangekit.ports.in.license;
