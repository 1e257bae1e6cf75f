package io.exchangekit.adapter.graph;

import java.util.Map;

/**
 * The Microsoft Graph application permission each call of the adapter needs. Graph's 403 {@code
 * Authorization_RequestDenied} says only "Insufficient privileges to complete the operation.", so
 * the adapter names the permission itself. Least-privileged choices from the "Permissions" tables
 * of the Graph v1.0 API reference; the alternative in brackets is the broader one that also works.
 */
final class GraphPermissionsNeeded {

  private static final String USERS_WRITE = "User.ReadWrite.All (or Directory.ReadWrite.All)";
  private static final Map<String, String> BY_OPERATION =
      Map.ofEntries(
          Map.entry("get user", "User.Read.All (or User.ReadWrite.All, Directory.Read.All)"),
          Map.entry(
              "list subscribedSkus",
              "LicenseAssignment.Read.All (or Organization.Read.All, Directory.Read.All)"),
          Map.entry("create user", USERS_WRITE),
          Map.entry("update user", USERS_WRITE),
          Map.entry("set usage location", USERS_WRITE),
          Map.entry("allow sign-in", USERS_WRITE),
          Map.entry("block sign-in", USERS_WRITE),
          Map.entry("delete user", USERS_WRITE),
          Map.entry(
              "revoke sign-in sessions",
              "User.RevokeSessions.All (or User.ReadWrite.All, Directory.ReadWrite.All)"),
          Map.entry("assign licenses", USERS_WRITE));

  private GraphPermissionsNeeded() {}

  /** The permission {@code operation} needs, as it appears in Entra ID's API permissions page. */
  static String of(String operation) {
    return BY_OPERATION.getOrDefault(operation, "a Microsoft Graph permission for " + operation);
  }

  static String explain(String operation) {
    return "the application is missing the Microsoft Graph application permission "
        + of(operation)
        + " that "
        + operation
        + " needs; grant it in the app registration's API permissions (type Application) with"
        + " admin consent";
  }
}
