package io.exchangekit.archfixture.bad.catalog;

import io.exchangekit.archfixture.bad.core.JsonMailbox;

/** Violates the library rule: a library that depends on the domain. */
public record VersionedCatalog(JsonMailbox mailbox) {}
