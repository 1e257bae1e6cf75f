// Bootstrap of ConnId's contract-test data provider. The published connector-framework-contract
// 1.6.0.0 jar does not ship its bootstrap.groovy; this one defines the defaults it expects: a value
// per attribute type (T<type>, multi.T<type>) used where config.groovy names no value.
import org.identityconnectors.contract.data.groovy.Lazy
import org.identityconnectors.common.security.GuardedString

Tstring = Lazy.random("aaaaa##")
Tinteger = Lazy.random("##", Integer.class)
Tint = Lazy.random("##", Integer.class)
Tlong = Lazy.random("#####", Long.class)
Tboolean = false
Tcharacter = Lazy.random(".", Character.class)
Tchar = Lazy.random(".", Character.class)
Tguardedstring = Lazy.random("Aaaaaa##!", GuardedString.class)

multi.Tstring = [Lazy.random("aaaaa##"), Lazy.random("aaaaa##")]
multi.Tinteger = [Lazy.random("##", Integer.class), Lazy.random("##", Integer.class)]
multi.Tlong = [Lazy.random("#####", Long.class), Lazy.random("#####", Long.class)]
multi.Tboolean = [true, false]
