package io.receiptcoupons.checkout;

import static io.receiptcoupons.checkout.CheckoutDeadlineTest.answer;
import static io.receiptcoupons.checkout.CheckoutDeadlineTest.assertDegraded;
import static io.receiptcoupons.checkout.CheckoutDeadlineTest.delta;
import static io.receiptcoupons.checkout.CheckoutDeadlineTest.history;
import static io.receiptcoupons.checkout.CheckoutDeadlineTest.teaCheckout;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.app.Scrape;
import io.receiptcoupons.member.MemberPseudonyms;
import io.receiptcoupons.system.store.Locks;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A checkout that waited past max-queue-wait, itself before admission or behind a queued one, is
 * shed at once although the queue has room: it would only have spent CPU to miss its deadline.
 */
@QuarkusTest
@TestProfile(QueueWaitProfile.class)
class CheckoutQueueWaitTest {

  @Inject Locks locks;
  @Inject MemberPseudonyms pseudonyms;
  @Inject CheckoutAdmission admission;

  @Test
  void aCheckoutBehindAQueueThatWaitedTooLongIsShedAtOnceThenDecidedForRealOnRetry() {
    String stuck = Checkouts.newMember();
    Map<String, Object> running = teaCheckout(stuck);
    Map<String, Object> queued = teaCheckout(stuck);
    Map<String, Object> later = teaCheckout(Checkouts.newMember());
    for (int i = 0; i < 5; i++) {
      answer(teaCheckout(Checkouts.newMember()));
    }
    Scrape before = Scrape.now();
    locks.withLock(
        Locks.MEMBERS,
        pseudonyms.of(stuck),
        () -> {
          var first = CompletableFuture.supplyAsync(() -> answer(running));
          var second = CompletableFuture.supplyAsync(() -> answer(queued));
          // Both answer late after the 1 s deadline; the queued one still waits for the thread.
          assertDegraded(first.join(), running);
          assertDegraded(second.join(), queued);
          assertDegraded(answer(later), later);
          return null;
        });
    Scrape blocked = Scrape.now();
    assertThat(delta(before, blocked, "coupons_checkout_shed_total")).isEqualTo(1);
    assertThat(delta(before, blocked, "coupons_checkout_late_total")).isEqualTo(2);
    assertThat(history((String) later.get("memberId"))).as("nothing recorded").isEmpty();

    assertThat(answer(later).getBoolean("degraded")).as("the retry is decided").isFalse();
    assertThat(history((String) later.get("memberId"))).isNotEmpty();
  }

  @Test
  void aCheckoutThatWaitedPastTheQueueWaitBeforeAdmissionIsShedWithoutRunning() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    Function<CheckoutDeadline, CheckoutResponse> work =
        deadline -> {
          runs.incrementAndGet();
          return CheckoutResponse.degraded("decided");
        };
    Scrape before = Scrape.now();
    long secondAgo = System.nanoTime() - TimeUnit.SECONDS.toNanos(1);
    CheckoutResponse stale = admission.submit("stale", secondAgo, work).toCompletableFuture().get();
    assertThat(stale.transactionId()).isEqualTo("stale");
    assertThat(runs).as("no work for a checkout that waited too long").hasValue(0);
    assertThat(delta(before, Scrape.now(), "coupons_checkout_shed_total")).isEqualTo(1);

    admission.submit("fresh", System.nanoTime(), work).toCompletableFuture().get();
    assertThat(runs).hasValue(1);
  }
}
