package io.exchangekit.adapter.connid.contract;

import java.util.stream.Stream;
import org.identityconnectors.contract.test.MultiOpTests;
import org.junit.jupiter.params.provider.Arguments;

/** ConnId's {@link MultiOpTests} against the packaged bundle, one object class per argument. */
class ContractMultiOpIT extends MultiOpTests {
  protected static Stream<Arguments> objectClasses() {
    return ContractObjectClasses.arguments();
  }
}
