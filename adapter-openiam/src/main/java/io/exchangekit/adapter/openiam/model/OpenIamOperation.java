package io.exchangekit.adapter.openiam.model;

/** The operations of the OpenIAM 4.x connector protocol. SAVE covers both add and modify. */
public enum OpenIamOperation {
  SAVE,
  DELETE,
  SUSPEND,
  RESUME,
  SEARCH,
  TEST,
  RESET_PASSWORD
}
