package io.exchangekit.adapter.connid.contract;

import org.identityconnectors.contract.test.ValidateApiOpTests;

/** ConnId's {@link ValidateApiOpTests} against the packaged bundle. */
class ContractValidateIT extends ValidateApiOpTests {}
