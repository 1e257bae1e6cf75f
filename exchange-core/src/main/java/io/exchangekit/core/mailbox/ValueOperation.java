package io.exchangekit.core.mailbox;

/** How a multi-valued request attribute changes the current values. */
public enum ValueOperation {
  /** The values become exactly the given ones. */
  REPLACE,
  /** The given values are added; others stay. */
  ADD,
  /** The given values are removed; others stay. */
  DELETE
}
