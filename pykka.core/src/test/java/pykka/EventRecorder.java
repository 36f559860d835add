package pykka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import jdk.jfr.Configuration;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;
import pykka.testfixtures.Await;

/**
 * A flight recording streamed into the test: it keeps every {@code pykka.*} event, and lets the
 * test wait for one without sleeping (the stream's callback wakes the waiters).
 */
final class EventRecorder implements AutoCloseable {

  private final RecordingStream stream;
  private final List<RecordedEvent> events = new ArrayList<>();

  private EventRecorder(RecordingStream stream) {
    this.stream = stream;
    stream.setReuse(false);
    stream.onEvent(this::add);
    stream.startAsync();
  }

  /** Every event of pykka's. */
  static final List<String> ALL =
      List.of(
          "pykka.ActorStarted",
          "pykka.ActorStopped",
          "pykka.MessageHandled",
          "pykka.Deadlock",
          "pykka.ActorSnapshot");

  /** Records the named events only (pykka's others are disabled). */
  static EventRecorder enabling(String... names) {
    return enabling(null, names);
  }

  /** Records with one of the JDK's settings files, {@code default} or {@code profile}. */
  static EventRecorder withSettings(String configuration) throws Exception {
    return new EventRecorder(new RecordingStream(Configuration.getConfiguration(configuration)));
  }

  /** Records the named events only, the periodic ones every {@code period} if not null. */
  static EventRecorder enabling(Duration period, String... names) {
    RecordingStream stream = new RecordingStream();
    for (String name : ALL) {
      stream.disable(name);
    }
    for (String name : names) {
      if (period == null) {
        stream.enable(name);
      } else {
        stream.enable(name).withPeriod(period);
      }
    }
    return new EventRecorder(stream);
  }

  private synchronized void add(RecordedEvent event) {
    if (event.getEventType().getName().startsWith("pykka.")) {
      events.add(event);
      notifyAll();
    }
  }

  /** The events recorded so far with this name and matching {@code filter}. */
  synchronized List<RecordedEvent> events(String name, Predicate<RecordedEvent> filter) {
    List<RecordedEvent> found = new ArrayList<>();
    for (RecordedEvent event : events) {
      if (event.getEventType().getName().equals(name) && filter.test(event)) {
        found.add(event);
      }
    }
    return found;
  }

  /** The events of this actor with this name recorded so far. */
  List<RecordedEvent> events(String name, ActorRef<?> actor) {
    return events(name, ofActor(actor));
  }

  /** Waits for the first event with this name matching {@code filter}. */
  synchronized RecordedEvent await(String name, Predicate<RecordedEvent> filter) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Await.SECONDS);
    while (true) {
      List<RecordedEvent> found = events(name, filter);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        throw new AssertionError("no " + name + " event within " + Await.SECONDS + " s");
      }
      try {
        wait(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  /** Waits for the first event of this actor with this name. */
  RecordedEvent await(String name, ActorRef<?> actor) {
    return await(name, ofActor(actor));
  }

  static Predicate<RecordedEvent> ofActor(ActorRef<?> actor) {
    return event -> actor.actorUrn().equals(event.getString("actorUrn"));
  }

  @Override
  public void close() {
    stream.close();
  }
}
