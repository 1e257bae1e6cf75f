package io.exchangekit.adapter.connid.contract;

import org.identityconnectors.contract.test.SchemaApiOpTests;

/** ConnId's {@link SchemaApiOpTests} against the packaged bundle. */
class ContractSchemaIT extends SchemaApiOpTests {}
