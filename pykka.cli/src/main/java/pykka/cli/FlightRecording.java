package pykka.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import pykka.RunningActor;
import pykka.RunningActors;

/**
 * The flight recording of {@code pykka-demo --jfr FILE}: the JDK's {@code default} settings, with
 * every pykka event enabled ({@code pykka.MessageHandled} included, which is off by default), and
 * written to the file when the demo ends: by {@link #close}, or, if the JVM ends first (SIGINT,
 * SIGTERM, {@code System.exit}), by the recorder's own dump on exit.
 *
 * <p>Not thread-safe: one thread starts and closes it.
 */
final class FlightRecording implements AutoCloseable {

  /** pykka's events, all of which the recording enables. */
  static final String[] PYKKA_EVENTS = {
    "pykka.ActorStarted",
    "pykka.ActorStopped",
    "pykka.MessageHandled",
    "pykka.Deadlock",
    "pykka.ActorSnapshot",
    "pykka.ActorRestarted",
  };

  private final Recording recording;

  private FlightRecording(Recording recording) {
    this.recording = recording;
  }

  /**
   * Starts recording into {@code file}.
   *
   * @param file where the recording goes; replaced if it exists
   * @return the running recording
   * @throws IOException if the file cannot be written
   */
  static FlightRecording start(Path file) throws IOException {
    Recording recording;
    try {
      recording = new Recording(Configuration.getConfiguration("default"));
    } catch (ParseException e) {
      throw new IOException("the JDK's default flight recorder settings are unreadable", e);
    }
    try {
      recording.setName("pykka-demo");
      for (String event : PYKKA_EVENTS) {
        recording.enable(event).withThreshold(Duration.ZERO);
      }
      recording.setToDisk(true);
      recording.setDestination(file);
      recording.setDumpOnExit(true);
      recording.start();
      return new FlightRecording(recording);
    } catch (IOException | RuntimeException e) {
      recording.close();
      throw e;
    }
  }

  /** How long {@link #close} waits for the actors still ending, so that their ends are recorded. */
  static final Duration ENDING_TIMEOUT = Duration.ofSeconds(1);

  /**
   * Stops the recording, which writes it to its file. First waits, at most {@link #ENDING_TIMEOUT}
   * in all, for the actors still running (a stopped actor's thread may still be ending it when
   * {@code stop()} has returned), so that their {@code pykka.ActorStopped} events are in the file.
   */
  @Override
  public void close() {
    long deadline = System.nanoTime() + ENDING_TIMEOUT.toNanos();
    for (RunningActor actor : RunningActors.list()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      try {
        actor.ref().termination().get(Duration.ofNanos(left));
      } catch (RuntimeException e) {
        break; // out of time, or interrupted: write what there is
      }
    }
    try {
      recording.stop();
    } finally {
      recording.close();
    }
  }
}
