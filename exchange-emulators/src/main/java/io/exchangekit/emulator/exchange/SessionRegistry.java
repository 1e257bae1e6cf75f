package io.exchangekit.emulator.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the sessions open on the emulated server, for the session-limit fault. */
interface SessionRegistry {

  int open();

  void acquire();

  void release();

  /** Sessions of one in-process emulator. */
  static SessionRegistry inProcess() {
    AtomicInteger n = new AtomicInteger();
    return new SessionRegistry() {
      @Override
      public int open() {
        return n.get();
      }

      @Override
      public void acquire() {
        n.incrementAndGet();
      }

      @Override
      public void release() {
        n.decrementAndGet();
      }
    };
  }

  /**
   * Sessions of every emulator process sharing a state file: one marker file per process that holds
   * a session, named by its pid; markers of dead processes do not count.
   */
  static SessionRegistry directory(Path dir) {
    return directory(dir, ProcessHandle.current().pid());
  }

  /** As {@link #directory(Path)}, for a given process id (tests). */
  static SessionRegistry directory(Path dir, long pid) {
    Path mine = dir.resolve(Long.toString(pid));
    return new SessionRegistry() {
      @Override
      public int open() {
        int count = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
          for (Path f : files) {
            long other;
            try {
              other = Long.parseLong(f.getFileName().toString());
            } catch (NumberFormatException e) {
              continue;
            }
            if (ProcessHandle.of(other).map(ProcessHandle::isAlive).orElse(false)) {
              count++;
            } else {
              Files.deleteIfExists(f);
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return count;
      }

      @Override
      public void acquire() {
        try {
          Files.createDirectories(dir);
          if (!Files.exists(mine)) {
            Files.createFile(mine);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void release() {
        try {
          Files.deleteIfExists(mine);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
