package pykka.examples;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import pykka.ActorDeadException;
import pykka.Supervised;
import pykka.Supervisor;
import pykka.Termination;
import pykka.ThreadingActor;

/**
 * A supervised worker that crashes on some jobs and is restarted each time, until it crashes too
 * often and its supervisor gives up. Jobs go to the worker through its {@link Supervised} handle,
 * which stays valid across restarts; after each job the example asks the worker for its result, and
 * an ask that finds the worker dead waits for its next incarnation.
 *
 * <p>Output of {@code run(out, 10, 4)} (the supervisor allows 3 restarts within 5 seconds):
 *
 * <pre>
 * job 1: 1 squared is 1 (worker #1)
 * job 2: 2 squared is 4 (worker #1)
 * job 3: 3 squared is 9 (worker #1)
 * job 4: crashed worker #1; restarted as worker #2 (restart 1)
 * ...
 * job 10: 10 squared is 100 (worker #3)
 * done: 2 restarts
 * </pre>
 *
 * <p>With a job crashing every time ({@code crashEvery} 1), the fourth crash exceeds the intensity:
 *
 * <pre>
 * job 1: crashed worker #1; restarted as worker #2 (restart 1)
 * job 2: crashed worker #2; restarted as worker #3 (restart 2)
 * job 3: crashed worker #3; restarted as worker #4 (restart 3)
 * job 4: crashed worker #4; the supervisor gave up: java.lang.IllegalArgumentException: cannot
 * handle job 4
 * </pre>
 */
public final class SupervisorExample {

  /** What the example asks a worker for: its last result. */
  static final String RESULT = "result";

  /**
   * A worker's answer to {@link #RESULT}.
   *
   * @param incarnation which worker answers, from 1
   * @param job the last job it handled, 0 for none
   * @param text what it made of it
   */
  record Result(int incarnation, int job, String text) {}

  private SupervisorExample() {}

  /**
   * Squares the numbers it is told, but throws on every {@code crashEvery}-th job. Thread safety:
   * its own thread only.
   */
  public static final class Worker extends ThreadingActor {
    private final int incarnation;
    private final int crashEvery;
    private int lastJob;
    private String result = "nothing yet";

    /**
     * Creates a worker.
     *
     * @param incarnation its number, from 1
     * @param crashEvery it throws on the jobs that are a multiple of this
     */
    public Worker(int incarnation, int crashEvery) {
      this.incarnation = incarnation;
      this.crashEvery = crashEvery;
    }

    @Override
    protected Object onReceive(Object message) {
      if (RESULT.equals(message)) {
        return new Result(incarnation, lastJob, result);
      }
      int job = (Integer) message;
      if (job % crashEvery == 0) {
        throw new IllegalArgumentException("cannot handle job " + job);
      }
      lastJob = job;
      result = job + " squared is " + (job * job);
      return null;
    }
  }

  /**
   * Runs the example: a supervisor of one worker (3 restarts within 5 seconds at most), and {@code
   * jobs} jobs sent through the worker's handle, one result printed per job.
   *
   * @param out where to print
   * @param jobs how many jobs to send, at least 1
   * @param crashEvery the worker crashes on the jobs that are a multiple of this, at least 1
   * @return whether the supervisor was still running at the end (it did not give up)
   */
  public static boolean run(PrintWriter out, int jobs, int crashEvery) {
    Objects.requireNonNull(out, "out");
    AtomicInteger incarnations = new AtomicInteger();
    Supervisor supervisor =
        Supervisor.builder()
            .maxRestarts(3, Duration.ofSeconds(5))
            .child("worker", () -> new Worker(incarnations.incrementAndGet(), crashEvery))
            .start();
    try {
      Supervised<Worker> worker = supervisor.child("worker", Worker.class);
      for (int job = 1; job <= jobs; job++) {
        int before = incarnations.get();
        worker.tell(job);
        Result result;
        try {
          result = result(worker);
        } catch (ActorDeadException gaveUp) {
          Termination end = supervisor.ref().termination().get();
          out.println(
              "job "
                  + job
                  + ": crashed worker #"
                  + before
                  + "; the supervisor gave up: "
                  + end.failure());
          return false;
        }
        if (result.job() == job) {
          out.println(
              "job " + job + ": " + result.text() + " (worker #" + result.incarnation() + ")");
        } else {
          out.println(
              "job "
                  + job
                  + ": crashed worker #"
                  + before
                  + "; restarted as worker #"
                  + result.incarnation()
                  + " (restart "
                  + worker.restarts()
                  + ")");
        }
      }
      out.println("done: " + worker.restarts() + " restarts");
      return true;
    } finally {
      supervisor.stop();
    }
  }

  /**
   * Asks the worker for its result. An ask that was queued behind a job that crashed the worker
   * fails, as for any dead actor (it is not replayed); asked again, through the handle, it waits
   * for the next incarnation.
   */
  private static Result result(Supervised<Worker> worker) {
    try {
      return (Result) worker.ask(RESULT);
    } catch (ActorDeadException inTheDeadInbox) {
      return (Result) worker.ask(RESULT);
    }
  }

  /**
   * Runs the example on standard output: 10 jobs, a crash every 4th, then a run crashing every
   * time.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    run(out, 10, 4);
    run(out, 10, 1);
  }
}
