package io.exchangekit.connector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The connector's version, from the resource Maven filters at build time. */
final class ConnectorVersion {
  static final String NAME = "exchangekit-connector";
  private static final String RESOURCE = "version.properties";

  private ConnectorVersion() {}

  /** The project version, e.g. {@code 0.1.0-SNAPSHOT}; "unknown" if the build did not set it. */
  static String current() {
    Properties p = new Properties();
    try (InputStream in = ConnectorVersion.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    String v = p.getProperty("version", "");
    // unfiltered (e.g. compiled outside Maven) the resource still holds the placeholder
    return v.isBlank() || v.startsWith("${") ? "unknown" : v;
  }

  /** What --version prints. */
  static String line() {
    return NAME + " " + current();
  }
}
