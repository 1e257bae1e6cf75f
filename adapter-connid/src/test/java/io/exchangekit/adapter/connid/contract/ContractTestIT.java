package io.exchangekit.adapter.connid.contract;

import org.identityconnectors.contract.test.TestApiOpTests;

/** ConnId's {@link TestApiOpTests} against the packaged bundle. */
class ContractTestIT extends TestApiOpTests {}
