// ConnId contract tests of the ExchangeKit bundle against the embedded Exchange Server 2016
// emulator, premise scope, create behaviour. Failsafe passes bundleJar, bundleName,
// bundleVersion and connectorName as system properties.
import org.identityconnectors.contract.data.groovy.Lazy
import org.identityconnectors.common.security.GuardedString

testsuite.bundleJar = System.getProperty("bundleJar")
testsuite.bundleName = System.getProperty("bundleName")
testsuite.bundleVersion = System.getProperty("bundleVersion")
testsuite.connectorName = System.getProperty("connectorName")

connector.emulated = true
connector.emulatorVersion = "2016"
connector.connectorScope = "premise"
connector.newUserBehavior = "create"

// a configuration test() must refuse
testsuite.Test.invalidConfig = [
  [connectorScope: "nowhere"],
  [emulatorVersion: "2007"],
  [emulated: false, premiseServer: ""]
]
testsuite.Validate.invalidConfig = [
  [connectorScope: "nowhere"],
  [maxSessions: 0],
  [lockAttribute: 16]
]

// Exchange compares names ignoring case, but the framework re-checks search results against the
// filter case-sensitively unless the host sets enableCaseInsensitiveFilter in its
// ResultsHandlerConfiguration (midPoint: resultsHandlerConfiguration); the test's default
// facade does not
testsuite.Search.disable.caseinsensitive = true

// the object that ResolveUsername creates and resolves
testsuite.Authentication.__ACCOUNT__.username = "resolve.me@contoso.com"
Authentication.__ACCOUNT__.__NAME__ = "resolve.me@contoso.com"
testsuite.Authentication.__GROUP__.username = "Resolve Me"
Authentication.__GROUP__.__NAME__ = "Resolve Me"

testsuite.Schema.oclasses = ["__ACCOUNT__", "__GROUP__"]
testsuite.Schema.strictCheck = false
testsuite.Schema.attributes.__ACCOUNT__.oclasses = ["__NAME__", "__PASSWORD__", "__ENABLE__", "Name", "MailboxType", "Database", "Alias", "DisplayName", "PrimarySmtpAddress"]
testsuite.Schema.attributes.__GROUP__.oclasses = ["__NAME__", "Members", "ManagedBy", "Alias", "DisplayName", "GroupType"]
testsuite.Schema.operations = [
  CreateApiOp: ["__ACCOUNT__", "__GROUP__"],
  UpdateApiOp: ["__ACCOUNT__", "__GROUP__"],
  DeleteApiOp: ["__ACCOUNT__", "__GROUP__"],
  SearchApiOp: ["__ACCOUNT__", "__GROUP__"],
  GetApiOp: ["__ACCOUNT__", "__GROUP__"],
  ResolveUsernameApiOp: ["__ACCOUNT__", "__GROUP__"]
]

// Attribute values per object class, for creation and for the "modified" values of the update
// tests; random where Exchange wants unique values (letters 'a', digits '#').
def account = [
  __NAME__: Lazy.random("cx#####aaaa@contoso\\.com"),
  __PASSWORD__: Lazy.random("Pa55-aaaa####!", GuardedString.class),
  __ENABLE__: true,
  Name: Lazy.random("Contract #####aaaa"),
  MailboxType: "User",
  Alias: Lazy.random("cx#####aaaa"),
  SamAccountName: Lazy.random("cx#####aaa"),
  DisplayName: Lazy.random("Contract User #####"),
  PrimarySmtpAddress: Lazy.random("px#####aaaa@contoso\\.com"),
  FirstName: "Conny",
  LastName: Lazy.random("Tract#####"),
  Initials: "CT",
  OrganizationalUnit: "contoso.com/Staff",
  Database: "DB01",
  IsArchive: true,
  ArchiveDatabase: "ARCH01",
  ActiveSyncMailboxPolicy: "Default",
  AddressBookPolicy: "ABP-Staff",
  RetentionPolicy: "Default MRM Policy",
  RoleAssignmentPolicy: "Default Role Assignment Policy",
  SharingPolicy: "Default Sharing Policy",
  ThrottlingPolicy: "Standard",
  ArbitrationMailbox: "All Staff",
  ModeratedBy: ["All Staff"],
  // delegates must exist: the organisation's users and its group
  FullAccess: ["alice"],
  FullAccessAutoMapping: false,
  SendAs: ["bob"],
  SendOnBehalf: ["All Staff"],
  SendModerationNotifications: "Always",
  ImmutableId: Lazy.random("Im#####aaaa"),
  ResetPasswordOnNextLogon: false,
  AccountDisabled: false,
  HiddenFromAddressListsEnabled: false
]
def group = [
  __NAME__: Lazy.random("Contract Group #####aaaa"),
  Alias: Lazy.random("cg#####aaaa"),
  DisplayName: Lazy.random("Contract Group #####"),
  PrimarySmtpAddress: Lazy.random("cg#####aaaa@contoso\\.com"),
  GroupType: "Distribution",
  OrganizationalUnit: "contoso.com/Users",
  ManagedBy: ["All Staff"],
  Members: ["All Staff"],
  ModeratedBy: ["All Staff"],
  ModerationEnabled: false,
  SendModerationNotifications: "Never",
  MemberJoinRestriction: "Closed",
  MemberDepartRestriction: "Closed",
  RequireSenderAuthenticationEnabled: true,
  HiddenFromAddressListsEnabled: false,
  Notes: "Created by ConnId's contract tests"
]
// values that the update tests add to and remove from the multi-valued attributes
__ACCOUNT__.added.ModeratedBy = ["All Staff"]
__ACCOUNT__.added.FullAccess = ["dave"]
__ACCOUNT__.added.SendAs = ["dave"]
// GrantSendOnBehalfTo takes mail-enabled recipients only, and the group is the organisation's one
__ACCOUNT__.added.SendOnBehalf = ["All Staff"]
["ManagedBy", "Members", "ModeratedBy"].each { __GROUP__.added."$it" = ["All Staff"] }

account.each { k, v ->
  __ACCOUNT__."$k" = v
  __ACCOUNT__.modified."$k" = v
}
group.each { k, v ->
  __GROUP__."$k" = v
  __GROUP__.modified."$k" = v
}
