package io.exchangekit.emulator.graph;

import java.util.Map;
import java.util.Set;

/**
 * The application permissions (app roles) each emulated route accepts, any one sufficing, from the
 * "Permissions" tables of the Microsoft Graph v1.0 API reference on learn.microsoft.com: those of
 * subscribedsku-list (LicenseAssignment.Read.All; higher Directory.Read.All,
 * Directory.ReadWrite.All, Organization.Read.All, Organization.ReadWrite.All) and
 * user-assignlicense (User.ReadWrite.All; higher Directory.ReadWrite.All) checked on 2026-12-05;
 * [assumption] the others (user-get, user-list, user-post-users, user-update, user-delete,
 * user-revokesigninsessions, user-list-licensedetails) as the reference pages were remembered, not
 * re-checked. A call without one is refused with 403 {@code Authorization_RequestDenied}.
 */
final class GraphPermissions {

  static final String USER_READ_ALL = "User.Read.All";
  static final String USER_READWRITE_ALL = "User.ReadWrite.All";
  static final String DIRECTORY_READ_ALL = "Directory.Read.All";
  static final String DIRECTORY_READWRITE_ALL = "Directory.ReadWrite.All";
  static final String ORGANIZATION_READ_ALL = "Organization.Read.All";

  /** What an application registered without a list is granted: everything the library calls. */
  static final Set<String> DEFAULT = Set.of(USER_READWRITE_ALL, ORGANIZATION_READ_ALL);

  private static final Set<String> READ_USERS =
      Set.of(USER_READ_ALL, USER_READWRITE_ALL, DIRECTORY_READ_ALL, DIRECTORY_READWRITE_ALL);
  private static final Set<String> WRITE_USERS =
      Set.of(USER_READWRITE_ALL, DIRECTORY_READWRITE_ALL);

  private static final Map<String, Set<String>> BY_ROUTE =
      Map.of(
          "GET /users",
          READ_USERS,
          "GET /users/{id}",
          READ_USERS,
          "POST /users",
          WRITE_USERS,
          "PATCH /users/{id}",
          WRITE_USERS,
          "DELETE /users/{id}",
          WRITE_USERS,
          "POST /users/{id}/assignLicense",
          WRITE_USERS,
          "POST /users/{id}/revokeSignInSessions",
          Set.of("User.RevokeSessions.All", USER_READWRITE_ALL, DIRECTORY_READWRITE_ALL),
          "GET /subscribedSkus",
          Set.of(
              "LicenseAssignment.Read.All",
              ORGANIZATION_READ_ALL,
              "Organization.ReadWrite.All",
              DIRECTORY_READ_ALL,
              DIRECTORY_READWRITE_ALL),
          "GET /users/{id}/licenseDetails",
          Set.of(
              "LicenseAssignment.Read.All",
              USER_READ_ALL,
              USER_READWRITE_ALL,
              DIRECTORY_READ_ALL,
              DIRECTORY_READWRITE_ALL));

  private GraphPermissions() {}

  /** Whether these granted permissions allow the route; routes not listed need none. */
  static boolean allows(String route, Set<String> granted) {
    Set<String> anyOf = BY_ROUTE.get(route);
    return anyOf == null || anyOf.stream().anyMatch(granted::contains);
  }
}
