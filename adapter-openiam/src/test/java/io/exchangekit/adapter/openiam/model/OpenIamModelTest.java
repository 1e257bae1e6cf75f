package io.exchangekit.adapter.openiam.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.recipient.Secret;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenIamModelTest {
  @Test
  void givenPasswordAttributesInAnyCase_toString_masksTheirValues() {
    for (String name :
        List.of("Password", "PASSWORD", "unicodePwd", "AccountPassword", "userPassword")) {
      OpenIamAttribute a = OpenIamAttribute.of(name, "Hunter2!");

      assertTrue(a.isSecret(), name);
      assertEquals(name + "(REPLACE)=****", a.toString());
    }
    assertEquals(
        "Alias(ADD)=[jdoe]",
        OpenIamAttribute.of("Alias", AttributeOperation.ADD, "jdoe").toString());
  }

  @Test
  void givenAHeaderWithAPassword_toString_showsOnlyThePlainEntries() {
    OpenIamMetaData meta =
        new OpenIamMetaData(
            Map.of("login", "CONTOSO\\svc", "password", "ignored"),
            Optional.of(Secret.of("Hunter2!")));

    assertEquals(Optional.of("CONTOSO\\svc"), meta.value("LOGIN"));
    assertEquals(Optional.empty(), meta.value("password"));
    assertFalse(meta.toString().contains("Hunter2!"), meta.toString());
    assertFalse(meta.toString().contains("ignored"), meta.toString());
  }

  @Test
  void givenARequestWithSecrets_toString_revealsNone() {
    OpenIamRequest r =
        new OpenIamRequest(
            Optional.of("r1"),
            OpenIamOperation.RESET_PASSWORD,
            Optional.of(OpenIamObjectType.USER),
            Optional.of("jdoe"),
            new OpenIamMetaData(Map.of(), Optional.of(Secret.of("Svc!pw-1"))),
            List.of(OpenIamAttribute.of("Password", "N3w!pw-2")),
            Optional.empty(),
            List.of(),
            false);

    assertFalse(r.toString().contains("Svc!pw-1"), r.toString());
    assertFalse(r.toString().contains("N3w!pw-2"), r.toString());
  }

  @Test
  void givenAnErrorCodeWithoutFailure_newResponse_isRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new OpenIamResponse(
                Optional.empty(),
                OpenIamStatus.SUCCESS,
                Optional.of(OpenIamErrorCode.OTHER_ERROR),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                false,
                false,
                List.of()));
  }
}
