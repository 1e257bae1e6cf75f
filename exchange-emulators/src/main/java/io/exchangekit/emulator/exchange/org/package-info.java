/**
 * The emulated organisation and its cmdlets.
 *
 * <p>Organisation file (JSON, unknown fields rejected): {@code name}, {@code domainController},
 * {@code exchangeServer}, {@code tenant}, {@code acceptedDomains[]}, {@code organizationalUnits[]}
 * (canonical names such as {@code contoso.com/Users}), {@code databases[]}, {@code
 * archiveDatabases[]}, {@code policies} ({@code retention}, {@code sharing}, {@code addressBook},
 * {@code activeSync}, {@code roleAssignment}, {@code throttling}, {@code managedFolder}: lists of
 * names), {@code mailboxProvisioningDelayMillis}, {@code users[]} (guid, name, displayName,
 * userPrincipalName, samAccountName, organizationalUnit, enabled, firstName, lastName, initials,
 * resetPasswordOnNextLogon, passwordSet, cloud, exchangeLicence, exchangeLicensedAtMillis,
 * attributes, and {@code mailbox}: type, alias, emailAddresses ({@code SMTP:} primary, {@code
 * smtp:} secondary), emailAddressPolicyEnabled, database, archiveEnabled, archiveDatabase, the
 * policies, arbitrationMailbox, moderationEnabled, moderatedBy (guids),
 * sendModerationNotifications, hiddenFromAddressListsEnabled, accountDisabled, immutableId,
 * protocols (OWAEnabled … ImapEnabled), customAttributes, settings) and {@code groups[]} (guid,
 * name, displayName, alias, samAccountName, emailAddresses, type Distribution|Security,
 * organizationalUnit, members/managedBy/moderatedBy (guids), moderationEnabled,
 * memberJoinRestriction, memberDepartRestriction, requireSenderAuthenticationEnabled,
 * hiddenFromAddressListsEnabled, notes, exchangeVisible, settings). The shipped demo is {@code
 * demo-organisation.json} beside the emulator's classes.
 */
package io.exchangekit.emulator.exchange.org;
