package io.exchangekit.emulator.exchange.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  @Test
  void givenDemo_content_hasTheNamesTheConnectorRelyOn() {
    Model.State s = Organisation.demo().state();
    assertEquals(List.of("contoso.com", "contoso.onmicrosoft.com"), s.acceptedDomains);
    assertEquals(List.of("contoso.com/Users", "contoso.com/Staff"), s.organizationalUnits);
    assertEquals(List.of("DB01", "DB02"), s.databases);
    assertEquals(List.of("ARCH01"), s.archiveDatabases);
    assertEquals(List.of("Default MRM Policy"), s.policies.retention);
    assertEquals(List.of("Default Sharing Policy"), s.policies.sharing);
    assertEquals(List.of("ABP-Staff"), s.policies.addressBook);
    assertEquals(List.of("Default"), s.policies.activeSync);
    assertEquals(List.of("Default Role Assignment Policy"), s.policies.roleAssignment);
    assertEquals(List.of("Standard"), s.policies.throttling);
    assertEquals("contoso", s.tenant);
    for (String u : List.of("alice", "bob", "dave")) {
      Model.User user =
          s.users.stream().filter(x -> u.equals(x.samAccountName)).findFirst().orElseThrow();
      assertEquals(u + "@contoso.com", user.userPrincipalName);
      assertEquals(null, user.mailbox);
    }
    Model.User carol = s.users.stream().filter(x -> x.cloud).findFirst().orElseThrow();
    assertEquals("carol@contoso.onmicrosoft.com", carol.userPrincipalName);
    assertFalse(carol.exchangeLicence);
    Model.Group all =
        s.groups.stream().filter(g -> g.name.equals("All Staff")).findFirst().orElseThrow();
    assertEquals(List.of("SMTP:allstaff@contoso.com"), all.emailAddresses);
    assertTrue(all.exchangeVisible);
    assertFalse(
        s.groups.stream()
            .filter(g -> g.name.equals("Legacy Group"))
            .findFirst()
            .orElseThrow()
            .exchangeVisible);
  }

  @Test
  void givenOrganisation_jsonRoundTrip_isLossless(@org.junit.jupiter.api.io.TempDir Path dir) {
    Organisation o = Organisation.demo();
    o.licenceChanged("zoe@contoso.onmicrosoft.com", "Zoe", true);
    Path f = dir.resolve("org.json");
    o.save(f);
    assertTrue(Files.exists(f));
    Organisation back = Organisation.load(f);
    assertEquals(o.toJson(), back.toJson());
    assertTrue(back.hasMailbox("zoe@contoso.onmicrosoft.com"));
  }

  @Test
  void givenUnknownField_fromJson_isRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> Organisation.fromJson("{\"colour\":\"blue\"}"));
  }
}
