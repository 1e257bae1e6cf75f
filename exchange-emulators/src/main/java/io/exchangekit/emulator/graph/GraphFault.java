package io.exchangekit.emulator.graph;

import java.util.List;
import java.util.Map;

/** A Graph error the emulator answers with: HTTP status, OData code, message and details. */
final class GraphFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final String code;
  final List<Map<String, String>> details;

  GraphFault(int status, String code, String message) {
    this(status, code, message, List.of());
  }

  GraphFault(int status, String code, String message, List<Map<String, String>> details) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  static GraphFault badRequest(String message) {
    return new GraphFault(400, "Request_BadRequest", message);
  }

  static GraphFault notFound(String key) {
    return new GraphFault(
        404,
        "Request_ResourceNotFound",
        "Resource '"
            + key
            + "' does not exist or one of its queried reference-property objects are not present.");
  }
}
