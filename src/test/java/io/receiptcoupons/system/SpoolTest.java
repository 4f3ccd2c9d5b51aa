package io.receiptcoupons.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The spool keeps records across a restart, once per id, and drops the oldest past its bound. */
class SpoolTest {

  @Test
  void recordsSurviveAReopenOncePerIdAndTheOldestAreDroppedPastTheBound() throws Exception {
    Path dir = Files.createTempDirectory("spool-test");
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    Spool spool = new Spool(dir, 3, "test", meters);
    for (String id : new String[] {"t1", "t2", "t2", "t3", "t4"}) {
      spool.add(id, id.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(spool.depth()).isEqualTo(3);
    assertThat(meters.counter("coupons.spool.dropped", "spool", "test").count()).isEqualTo(1);

    Spool reopened = new Spool(dir, 3, "test", new SimpleMeterRegistry());
    assertThat(reopened.pending().stream().map(f -> text(reopened.read(f))))
        .containsExactly("t2", "t3", "t4");
    reopened.remove(reopened.pending().get(0));
    reopened.add("t5", "t5".getBytes(StandardCharsets.UTF_8));
    assertThat(reopened.pending().stream().map(f -> text(reopened.read(f))))
        .containsExactly("t3", "t4", "t5");
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
