/**
 * Use cases and their commands: search. See {@link io.exchangekit.ports.in} for the conventions.
 */
package io.exchangekit.ports.in.search;
