package io.exchangekit.adapter.openiam.mapping;

import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.recipient.RecipientIdentity;

/**
 * What a USER or GROUP operation is mapped from: the object, its attributes, the mode, and where
 * the mapping's warnings and violations go.
 */
record ObjectRequest(
    RecipientIdentity identity,
    Attributes attributes,
    ConnectorMode mode,
    boolean dryRun,
    Problems problems) {}
