package io.exchangekit.core.error;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.Step;
import java.io.File;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AfterStepsTest {
  private static final List<Step> STEPS =
      List.of(new Step.Exchange(ExchangeCommand.of("New-Mailbox", "create the mailbox").build()));

  /** Every exception class of the family, read from the compiled package. */
  private static List<Class<?>> family() throws URISyntaxException, ClassNotFoundException {
    File dir =
        new File(
                ExchangeConnectorException.class
                    .getResource("ExchangeConnectorException.class")
                    .toURI())
            .getParentFile();
    List<Class<?>> classes = new ArrayList<>();
    for (String name : dir.list()) {
      if (name.endsWith(".class") && !name.contains("$")) {
        Class<?> c = Class.forName("io.exchangekit.core.error." + name.replace(".class", ""));
        if (ExchangeConnectorException.class.isAssignableFrom(c)) {
          classes.add(c);
        }
      }
    }
    return classes;
  }

  @Test
  void givenEveryExceptionClass_afterSteps_isDeclaredAndReturnsItsOwnType() throws Exception {
    List<Class<?>> family = family();
    assertTrue(family.size() >= 14, family.toString());
    for (Class<?> c : family) {
      var m = c.getDeclaredMethod("afterSteps", List.class);
      assertEquals(c, m.getReturnType(), c.getName());
      assertTrue(Modifier.isPublic(m.getModifiers()), c.getName());
    }
  }

  @Test
  void givenAThrottledFailure_afterSteps_copiesEverythingAndLeavesTheOriginal() {
    RemoteError remote = new RemoteError("Graph", "TooManyRequests", "req-1");
    Throwable cause = new IllegalStateException("underlying");
    ThrottledException original =
        new ThrottledException("slow down", Duration.ofSeconds(7), cause, remote);
    original.addSuppressed(new RuntimeException("also"));

    ThrottledException copy = original.afterSteps(STEPS);

    assertNotSame(original, copy);
    assertEquals(List.of(), original.steps());
    assertEquals(STEPS, copy.steps());
    assertEquals(List.of("create the mailbox: New-Mailbox"), copy.completedSteps());
    assertEquals("slow down", copy.getMessage());
    assertSame(cause, copy.getCause());
    assertEquals(remote, copy.remoteError().orElseThrow());
    assertEquals(Duration.ofSeconds(7), copy.retryAfter().orElseThrow());
    assertArrayEquals(original.getStackTrace(), copy.getStackTrace());
    assertEquals(1, copy.getSuppressed().length);
    assertTrue(copy.isRetryable());
  }

  @Test
  void givenFailuresWithOwnFields_afterSteps_keepsThem() {
    InvalidValueException invalid = new InvalidValueException("bad", List.of("Alias"));
    assertEquals(List.of("Alias"), invalid.afterSteps(STEPS).attributes());
    ValidationException validation =
        new ValidationException(List.of(new Violation("Name", "is required")));
    assertEquals(validation.violations(), validation.afterSteps(STEPS).violations());
    assertFalse(validation.afterSteps(STEPS).isRetryable());
  }
}
