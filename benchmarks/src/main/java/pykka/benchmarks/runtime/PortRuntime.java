package pykka.benchmarks.runtime;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The straightforward port of Pykka that the goals are measured against: one thread per actor
 * (platform or virtual) blocking on a {@link LinkedBlockingQueue}, replies through {@link
 * CompletableFuture}. Thread-safe.
 */
final class PortRuntime implements ActorRuntime {

  private static final Object STOP = new Object();

  private final boolean virtual;

  PortRuntime(boolean virtual) {
    this.virtual = virtual;
  }

  @Override
  public Ref spawn(Behavior behavior) {
    PortActor actor = new PortActor(behavior);
    start(actor::run);
    return actor;
  }

  @Override
  public Object spawnIdle(CountDownLatch started, CountDownLatch stopped) {
    BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    start(
        () -> {
          started.countDown();
          try {
            while (inbox.take() != STOP) {
              // an idle actor handles nothing
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          stopped.countDown();
        });
    return inbox;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void stopIdle(Object handle) {
    ((BlockingQueue<Object>) handle).add(STOP);
  }

  @Override
  public void close() {}

  private void start(Runnable loop) {
    if (virtual) {
      Thread.ofVirtual().start(loop);
    } else {
      Thread.ofPlatform().daemon().start(loop);
    }
  }

  /** An ask on its way: the message and where its reply goes. */
  private record Ask(Object message, CompletableFuture<Object> reply) {}

  /** An actor of the port: its inbox, its loop and its ref in one. */
  private static final class PortActor implements Ref {
    private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final Behavior behavior;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    PortActor(Behavior behavior) {
      this.behavior = behavior;
    }

    void run() {
      try {
        behavior.started(this);
        while (true) {
          Object m = inbox.take();
          if (m == STOP) {
            break;
          }
          if (m instanceof Ask ask) {
            ask.reply().complete(behavior.receive(ask.message(), this));
          } else {
            behavior.receive(m, this);
          }
        }
        behavior.stopped();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      } finally {
        done.complete(null);
      }
    }

    @Override
    public void tell(Object message) {
      inbox.add(message);
    }

    @Override
    public Object ask(Object message) {
      CompletableFuture<Object> reply = new CompletableFuture<>();
      inbox.add(new Ask(message, reply));
      return reply.join();
    }

    @Override
    public void stop() {
      inbox.add(STOP);
    }

    @Override
    public void stopAndWait() {
      inbox.add(STOP);
      done.join();
    }

    @Override
    public Object unwrap() {
      return this;
    }
  }
}
