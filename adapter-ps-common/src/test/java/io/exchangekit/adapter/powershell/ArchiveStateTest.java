package io.exchangekit.adapter.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the state read tells an archive from Get-Mailbox output, on premises and online. */
class ArchiveStateTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Optional<Boolean> hasArchive(String json) throws Exception {
    return PowerShellStateAdapter.hasArchive(JSON.readTree(json));
  }

  @Test
  void givenALocalArchiveOnExchangeServer_read_hasAnArchiveAlthoughArchiveStatusIsNone()
      throws Exception {
    // the shape of a real Exchange 2013 Get-Mailbox after Enable-Mailbox -Archive
    assertEquals(
        Optional.of(true),
        hasArchive(
            "{\"ArchiveGuid\":\"03c8b429-5160-4418-868c-2816b8a31d71\","
                + "\"ArchiveStatus\":\"None\",\"ArchiveState\":\"Local\"}"));
  }

  @Test
  void givenNoArchive_read_hasNone() throws Exception {
    assertEquals(
        Optional.of(false),
        hasArchive(
            "{\"ArchiveGuid\":\"00000000-0000-0000-0000-000000000000\","
                + "\"ArchiveStatus\":\"None\",\"ArchiveState\":\"None\"}"));
  }

  @Test
  void givenAnExchangeOnlineArchive_read_hasAnArchive() throws Exception {
    assertEquals(
        Optional.of(true),
        hasArchive(
            "{\"ArchiveGuid\":\"9a2d1f3e-7b8c-4d5e-a6f7-0b1c2d3e4f5a\",\"ArchiveStatus\":\"Active\"}"));
  }

  @Test
  void givenOutputThatSaysNothingOfArchives_read_leavesItUnknown() throws Exception {
    assertEquals(Optional.empty(), hasArchive("{\"ArchiveGuid\":null,\"Name\":\"x\"}"));
  }
}
