package io.exchangekit.adapter.openiam.model;

/**
 * How an attribute value changes the target, as OpenIAM's {@code AttributeOperationEnum} says it:
 * NO_CHANGE (0), ADD (1), REPLACE (2), DELETE (3).
 */
public enum AttributeOperation {
  NO_CHANGE(0),
  ADD(1),
  REPLACE(2),
  DELETE(3);

  private final int code;

  AttributeOperation(int code) {
    this.code = code;
  }

  /** OpenIAM's integer code. */
  public int code() {
    return code;
  }
}
