package io.exchangekit.emulator.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionRegistryTest {

  @Test
  void givenProcessesSharingADirectory_open_countsLiveHoldersOnly(@TempDir Path dir)
      throws Exception {
    long me = ProcessHandle.current().pid();
    long parent = ProcessHandle.current().parent().orElseThrow().pid();
    SessionRegistry a = SessionRegistry.directory(dir, me);
    SessionRegistry b = SessionRegistry.directory(dir, parent);
    a.acquire();
    b.acquire();
    Path dead = Files.createFile(dir.resolve("2147483646"));
    assertEquals(2, a.open());
    assertFalse(Files.exists(dead), "a dead holder's marker is cleaned up");
    b.release();
    assertEquals(1, b.open());
    a.release();
    assertEquals(0, a.open());
  }
}
