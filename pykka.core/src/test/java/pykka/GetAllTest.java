package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;

/** Rule 25 of docs/behaviour.md: {@code Future.getAll}. */
final class GetAllTest {

  @Test
  void getAllReturnsTheValuesInInputOrderWhateverOrderTheyAreSetIn() throws Exception {
    List<ThreadingFuture<Integer>> futures = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      futures.add(new ThreadingFuture<>());
    }
    Thread setter =
        Thread.ofPlatform()
            .start(
                () -> {
                  for (int i = 4; i >= 0; i--) {
                    futures.get(i).set(i * 10);
                  }
                });

    List<Integer> values = Future.getAll(futures);
    setter.join();

    assertThat(values).containsExactly(0, 10, 20, 30, 40);
    assertThat(Future.getAll(futures, Duration.ZERO)).containsExactly(0, 10, 20, 30, 40);
  }

  @Test
  void getAllOfActorRepliesReturnsThemInTheOrderAsked() {
    ActorRef<Actor> ref =
        Actors.start(ActorRuntime.THREADING, (self, message) -> (Integer) message * 2);
    try {
      List<Future<Object>> replies = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        replies.add(ref.askAsync(i));
      }
      assertThat(Future.getAll(replies, Duration.ofSeconds(Await.SECONDS)))
          .containsExactly(0, 2, 4, 6, 8, 10, 12, 14, 16, 18);
    } finally {
      ref.stop();
    }
  }

  @Test
  void getAllWithATimeoutAppliesItToEachFuture() {
    ConcurrentLinkedQueue<Duration> seen = new ConcurrentLinkedQueue<>();
    List<ThreadingFuture<String>> futures = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ThreadingFuture<String> f = new ThreadingFuture<>();
      f.setGetHook(
          timeout -> {
            seen.add(timeout);
            return "ok";
          });
      futures.add(f);
    }

    assertThat(Future.getAll(futures, Duration.ofSeconds(3))).containsExactly("ok", "ok", "ok");
    assertThat(seen)
        .containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3));
  }

  @Test
  void getAllThrowsTimeoutExceptionWhenAFutureIsNotSetInTime() {
    ThreadingFuture<String> done = new ThreadingFuture<>();
    done.set("done");
    ThreadingFuture<String> pending = new ThreadingFuture<>();

    assertThatThrownBy(() -> Future.getAll(List.of(done, pending), Duration.ofMillis(100)))
        .isInstanceOf(TimeoutException.class)
        .hasMessage("0.1 seconds");
  }

  @Test
  void getAllRethrowsTheFirstFailedFuturesException() {
    ThreadingFuture<String> done = new ThreadingFuture<>();
    done.set("done");
    ThreadingFuture<String> failed = new ThreadingFuture<>();
    IllegalStateException boom = new IllegalStateException("boom");
    failed.setException(boom);

    assertThatThrownBy(() -> Future.getAll(List.of(done, failed))).isSameAs(boom);
  }
}
