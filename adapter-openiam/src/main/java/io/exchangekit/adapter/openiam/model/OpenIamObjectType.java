package io.exchangekit.adapter.openiam.model;

/** The object types a request can name: a mailbox user or a distribution group. */
public enum OpenIamObjectType {
  USER,
  GROUP
}
