package io.exchangekit.adapter.connid;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import org.identityconnectors.framework.api.APIConfiguration;
import org.identityconnectors.framework.api.ConfigurationProperties;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.api.ConnectorFacadeFactory;
import org.identityconnectors.framework.api.ConnectorInfo;
import org.identityconnectors.framework.api.ConnectorInfoManagerFactory;
import org.identityconnectors.framework.api.ConnectorKey;

/** The packaged bundle (Failsafe passes its path) as a ConnId host loads it. */
final class Bundles {
  private Bundles() {}

  static ConnectorInfo info() {
    String jar = System.getProperty("bundleJar");
    if (jar == null || !new File(jar).isFile()) {
      throw new IllegalStateException(
          "system property bundleJar must name the packaged bundle (run through mvn verify)");
    }
    URL url;
    try {
      url = new File(jar).toURI().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    ConnectorKey key =
        new ConnectorKey(
            System.getProperty("bundleName"),
            System.getProperty("bundleVersion"),
            System.getProperty("connectorName"));
    ConnectorInfo info =
        ConnectorInfoManagerFactory.getInstance().getLocalManager(url).findConnectorInfo(key);
    if (info == null) {
      throw new IllegalStateException("the bundle " + jar + " has no connector " + key);
    }
    return info;
  }

  static ConnectorFacade facade(String scope, String behavior, String version) {
    APIConfiguration config = info().createDefaultAPIConfiguration();
    ConfigurationProperties p = config.getConfigurationProperties();
    p.setPropertyValue("emulated", true);
    p.setPropertyValue("emulatorVersion", version);
    p.setPropertyValue("connectorScope", scope);
    p.setPropertyValue("newUserBehavior", behavior);
    return ConnectorFacadeFactory.getInstance().newInstance(config);
  }
}
