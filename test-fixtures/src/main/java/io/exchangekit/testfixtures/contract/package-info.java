/**
 * Contract suites of the driven ports: abstract JUnit classes that the emulators and every real
 * adapter extend, so that all implementations of a port behave alike.
 */
package io.exchangekit.testfixtures.contract;
