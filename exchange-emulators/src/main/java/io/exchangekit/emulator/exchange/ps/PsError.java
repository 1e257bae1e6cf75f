package io.exchangekit.emulator.exchange.ps;

import java.util.Objects;

/**
 * A PowerShell error record: the exception message, the category info (category, activity, reason
 * i.e. the exception's short type name, target) and the FullyQualifiedErrorId.
 *
 * @param message the exception message
 * @param category the ErrorCategory name, e.g. {@code NotSpecified} or {@code InvalidArgument}
 * @param activity the cmdlet that failed
 * @param reason the exception's short type name, e.g. {@code ManagementObjectNotFoundException}
 * @param targetName the target shown in CategoryInfo, may be empty
 * @param fullyQualifiedErrorId the FullyQualifiedErrorId
 */
public record PsError(
    String message,
    String category,
    String activity,
    String reason,
    String targetName,
    String fullyQualifiedErrorId) {

  public PsError {
    Objects.requireNonNull(message, "'message' must not be null");
    Objects.requireNonNull(category, "'category' must not be null");
    activity = activity == null ? "" : activity;
    Objects.requireNonNull(reason, "'reason' must not be null");
    targetName = targetName == null ? "" : targetName;
    Objects.requireNonNull(fullyQualifiedErrorId, "'fullyQualifiedErrorId' must not be null");
  }

  /** A parameter-binding error as PowerShell's binder raises it. */
  public static PsError binding(String message, String errorId, String cmdlet) {
    return new PsError(
        message,
        "InvalidArgument",
        cmdlet,
        "ParameterBindingException",
        "",
        errorId + "," + cmdlet);
  }

  /** The CategoryInfo line as PowerShell prints it. */
  public String categoryInfo() {
    return category + ": (" + targetName + ":) [" + activity + "], " + reason;
  }

  /** The record as Windows PowerShell prints an error from a remote session. */
  public String render(String computerName) {
    StringBuilder sb =
        new StringBuilder(message)
            .append("\n    + CategoryInfo          : ")
            .append(categoryInfo())
            .append("\n    + FullyQualifiedErrorId : ")
            .append(fullyQualifiedErrorId);
    if (computerName != null) {
      sb.append("\n    + PSComputerName        : ").append(computerName);
    }
    return sb.toString();
  }

  /** The record as a PowerShell object, for {@code $_.CategoryInfo.Reason} and friends. */
  PsObject asObject() {
    PsObject exception = PsObject.custom().put("Message", message).put("GetType", reason);
    PsObject info =
        PsObject.custom()
            .put("Category", category)
            .put("Activity", activity)
            .put("Reason", reason)
            .put("TargetName", targetName)
            .put("TargetType", "");
    return PsObject.exchange("System.Management.Automation.ErrorRecord", message)
        .put("Exception", exception)
        .put("CategoryInfo", info)
        .put("FullyQualifiedErrorId", fullyQualifiedErrorId)
        .put("TargetObject", targetName);
  }

  @Override
  public String toString() {
    return message;
  }
}
