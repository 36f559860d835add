package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import pykka.internal.runtime.Cell;
import pykka.internal.runtime.Envelope;
import pykka.internal.runtime.Mailbox;
import pykka.internal.runtime.ThreadingMailbox;
import pykka.internal.runtime.VirtualThreadMailbox;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * The mailbox loop's last step, on both mailboxes: however the loop ends, even by a throwable that
 * escapes the handler (which the actor's handler never lets happen: this is the backstop), the
 * handler is told to end the actor, with the envelope whose handling did not finish, and then every
 * envelope left in the inbox is answered and the inbox is closed.
 */
@BothRuntimes
final class MailboxBackstopTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;

  MailboxBackstopTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  /** Replies with the message, throws {@link #escaping} for "escape"; records what end() got. */
  private static final class Breaking implements Mailbox.Handler {
    final Error escaping = new OutOfMemoryError("escapes the handler on purpose");
    final CountDownLatch release = new CountDownLatch(1);
    final CompletableFuture<List<Object>> ended = new CompletableFuture<>();

    @Override
    public boolean begin() {
      Await.on(release); // let the test fill the inbox first
      return true;
    }

    @Override
    public boolean handle(Envelope envelope) {
      if ("escape".equals(envelope.message)) {
        throw escaping;
      }
      envelope.replyTo.trySet(envelope.message);
      return true;
    }

    @Override
    public void reject(Envelope envelope) {
      if (envelope.replyTo != null) {
        envelope.replyTo.trySetException(new ActorDeadException("rejected"));
      }
    }

    @Override
    public void end(Envelope inFlight, Throwable escaped) {
      ended.complete(List.of(inFlight == null ? "none" : inFlight.message, escaped));
      if (inFlight != null) {
        inFlight.replyTo.trySetException(new ActorDeadException("died while handling it"));
      }
    }
  }

  @Test
  void aThrowableThatEscapesTheHandlerEndsTheActorAnswersTheMessageInFlightAndEveryQueuedOne() {
    Breaking handler = new Breaking();
    Cell cell = new Cell(null, "backstop");
    Mailbox mailbox =
        runtime == ActorRuntime.VIRTUAL_THREADS
            ? new VirtualThreadMailbox(cell, handler)
            : new ThreadingMailbox(cell, handler);
    mailbox.start("backstop", 1, true);
    ThreadingFuture<Object> before = ask(mailbox, "before");
    ThreadingFuture<Object> escape = ask(mailbox, "escape");
    ThreadingFuture<Object> after = ask(mailbox, "after");

    handler.release.countDown();

    assertThat(before.get(BOUND)).isEqualTo("before");
    assertThatThrownBy(() -> escape.get(BOUND)).hasMessage("died while handling it");
    assertThatThrownBy(() -> after.get(BOUND)).hasMessage("rejected");
    assertThat(handler.ended.join()).containsExactly("escape", handler.escaping);
    Await.until(mailbox::isClosed);
    Await.until(() -> cell.thread() == null);
  }

  private static ThreadingFuture<Object> ask(Mailbox mailbox, Object message) {
    ThreadingFuture<Object> reply = new ThreadingFuture<>();
    mailbox.enqueue(new Envelope(message, reply));
    return reply;
  }
}
