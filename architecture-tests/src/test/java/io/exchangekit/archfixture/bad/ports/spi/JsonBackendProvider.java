package io.exchangekit.archfixture.bad.ports.spi;

import com.fasterxml.jackson.databind.FakeObjectMapper;

/** Violates the ports allow-list: the SPI mentions a serialization library. */
public interface JsonBackendProvider {
  FakeObjectMapper mapper();
}
