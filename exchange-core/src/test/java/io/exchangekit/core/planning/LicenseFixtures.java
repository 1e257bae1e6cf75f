package io.exchangekit.core.planning;

import io.exchangekit.core.arbitraries.ExchangeGenerators;
import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.license.ServicePlanName;
import io.exchangekit.core.license.SkuCatalog;
import java.util.Set;

/** The demo tenant's catalog and the seed's licence example. */
final class LicenseFixtures {
  private LicenseFixtures() {}

  static SkuCatalog catalog() {
    return new SkuCatalog(ExchangeGenerators.demoSkus("contoso"));
  }

  static LicenseSelection e3() {
    return new LicenseSelection(
        AccountSkuId.parse("contoso:ENTERPRISEPACK"),
        Set.of(ServicePlanName.of("SWAY"), ServicePlanName.of("FLOW_O365_P2")));
  }
}
