package io.exchangekit.adapter.connid.contract;

import java.util.stream.Stream;
import org.identityconnectors.contract.test.UpdateApiOpTests;
import org.junit.jupiter.params.provider.Arguments;

/** ConnId's {@link UpdateApiOpTests} against the packaged bundle, one object class per argument. */
class ContractUpdateIT extends UpdateApiOpTests {
  protected static Stream<Arguments> objectClasses() {
    return ContractObjectClasses.arguments();
  }
}
