package io.receiptcoupons.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The HTTP layer outranks the checkout workers in the kernel's scheduler (the test JVM runs with
 * -XX:ThreadPriorityPolicy=1, as deployed), so that under overload it keeps reading and shedding.
 */
@QuarkusTest
class CheckoutWorkerPriorityTest {

  @Test
  void checkoutWorkersRunNicerThanTheEventLoopsAndTheDeadlineTimer() {
    CheckoutDeadlineTest.answer(CheckoutDeadlineTest.teaCheckout(Checkouts.newMember()));

    Map<String, List<Integer>> niceByThread = niceByThreadKind();
    assertThat(niceByThread).containsKeys("checkout", "vert.x-eventloo", "checkout-deadli");
    int eventLoop = niceByThread.get("vert.x-eventloo").get(0);
    assertThat(niceByThread.get("vert.x-eventloo")).containsOnly(eventLoop);
    assertThat(niceByThread.get("checkout"))
        .allSatisfy(nice -> assertThat(nice).isGreaterThan(eventLoop));
    assertThat(niceByThread.get("checkout-deadli")).containsOnly(eventLoop);
  }

  // Thread names as the kernel keeps them (15 characters), workers' numbers dropped.
  private static Map<String, List<Integer>> niceByThreadKind() {
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      return tasks
          .map(CheckoutWorkerPriorityTest::task)
          .flatMap(Optional::stream)
          .collect(
              Collectors.groupingBy(
                  Task::kind, Collectors.mapping(Task::nice, Collectors.toList())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Field 19 of /proc/<tid>/stat, counted after the parenthesised name, which may hold spaces.
  private static Optional<Task> task(Path task) {
    try {
      String name = Files.readString(task.resolve("comm")).strip();
      String stat = Files.readString(task.resolve("stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Optional.of(
          new Task(name.replaceFirst("^checkout-\\d+$", "checkout"), Integer.parseInt(fields[16])));
    } catch (NoSuchFileException e) {
      return Optional.empty(); // the thread ended meanwhile
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Task(String kind, int nice) {}
}
