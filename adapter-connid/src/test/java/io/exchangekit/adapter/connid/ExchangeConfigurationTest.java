package io.exchangekit.adapter.connid;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

class ExchangeConfigurationTest {

  @Test
  void givenPremiseWithoutServerOrAccount_validate_namesEveryMissingProperty() {
    ExchangeConfiguration c = new ExchangeConfiguration();
    String message = assertThrows(ConfigurationException.class, c::validate).getMessage();
    assertTrue(message.contains("premiseServer"), message);
    assertTrue(message.contains("premiseLogin"), message);
    assertTrue(message.contains("premisePassword"), message);
  }

  @Test
  void givenBadModeAndPool_validate_namesThePropertiesAndWhatIsAllowed() {
    ExchangeConfiguration c = new ExchangeConfiguration();
    c.setEmulated(true);
    c.setConnectorScope("cloud");
    c.setNewUserBehavior("invent");
    c.setMaxSessions(0);
    c.setLockAttribute(16);
    String message = assertThrows(ConfigurationException.class, c::validate).getMessage();
    assertTrue(message.contains("connectorScope must be premise or online"), message);
    assertTrue(message.contains("newUserBehavior must be enable or create"), message);
    assertTrue(message.contains("maxSessions"), message);
    assertTrue(message.contains("lockAttribute"), message);
  }

  @Test
  void givenOnlineWithSecrets_validateFailure_neverPrintsTheSecret() {
    ExchangeConfiguration c = new ExchangeConfiguration();
    c.setConnectorScope("online");
    c.setGraphClientSecret(new GuardedString("s3cr3t-value".toCharArray()));
    String message = assertThrows(ConfigurationException.class, c::validate).getMessage();
    assertTrue(message.contains("onlineOrganization"), message);
    assertFalse(message.contains("s3cr3t-value"), message);
  }

  @Test
  void givenEmulatedPremise_validate_passes() {
    ExchangeConfiguration c = new ExchangeConfiguration();
    c.setEmulated(true);
    c.setEmulatorVersion("2016");
    assertDoesNotThrow(c::validate);
  }
}
