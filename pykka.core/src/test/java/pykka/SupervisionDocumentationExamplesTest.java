package pykka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.LogCapture;
import pykka.testfixtures.StreamCapture;

/** The examples of docs/supervision.md (and the README's lines on it), compiled and run. */
final class SupervisionDocumentationExamplesTest {

  static final List<String> PRINTED = new CopyOnWriteArrayList<>();

  static class Worker extends VirtualThreadActor {
    @Override
    protected Object onReceive(Object message) {
      if ("crash".equals(message)) {
        throw new IllegalStateException("crash");
      }
      return "done: " + message;
    }
  }

  // docs:death-watch:begin
  static class Monitor extends ThreadingActor {
    @Override
    protected Object onReceive(Object message) {
      watch((ActorRef<?>) message);
      return null;
    }

    @Override
    protected void onTerminated(Termination termination) {
      PRINTED.add(termination.actor() + " ended");
    }
  }

  // docs:death-watch:end

  @AfterEach
  void stopAll() {
    ActorRegistry.stopAll();
    PRINTED.clear();
  }

  @Test
  void theDeathWatchExamplesRun() {
    try (LogCapture log = LogCapture.start();
        StreamCapture stdout = StreamCapture.stdout()) {
      // docs:termination:begin
      ActorRef<Worker> worker = new Worker().start();
      worker.tell("crash");
      Termination t = worker.termination().get(); // or .toCompletableFuture()
      if (t.failed()) {
        System.out.println(t.actor() + " died of " + t.failure());
      }
      // docs:termination:end
      assertThat(stdout.lines())
          .containsExactly(worker + " died of java.lang.IllegalStateException: crash");
      ActorRef<Monitor> monitor = new Monitor().start();
      ActorRef<Worker> other = new Worker().start();
      monitor.ask(other);
      other.stop();
      other.termination().get();
      monitor.stop();
      assertThat(PRINTED).containsExactly(other + " ended");
    }
  }

  @Test
  void theSupervisorExampleRuns() {
    try (LogCapture log = LogCapture.start()) {
      // docs:supervisor:begin
      Supervisor supervisor =
          Supervisor.builder()
              .strategy(Supervisor.Strategy.ONE_FOR_ONE)
              .maxRestarts(3, Duration.ofSeconds(5))
              .child("worker", Worker::new)
              .start();
      Supervised<Worker> worker = supervisor.child("worker", Worker.class);
      Object reply = worker.ask("job"); // "done: job", from the current incarnation
      worker.tell("crash"); // the supervisor restarts the worker; the handle stays valid
      supervisor.stop(); // the children in reverse start order, then the supervisor
      // docs:supervisor:end
      assertThat(reply).isEqualTo("done: job");
    }
  }
}
