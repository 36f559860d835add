package pykka.jcstress;

import pykka.internal.runtime.Cell;
import pykka.internal.runtime.Envelope;
import pykka.internal.runtime.Mailbox;

/**
 * A {@link Mailbox} with no thread of its own: the test's threads play the producers and the single
 * consumer, so the lock-free queue and the close protocol are tested alone, without the scheduling
 * of {@code ThreadingMailbox} or {@code VirtualThreadMailbox}.
 */
final class InspectableMailbox extends Mailbox {

  private static final Cell CELL = new Cell(null, "jcstress mailbox");

  private final Recorder recorder;

  InspectableMailbox() {
    this(new Recorder());
  }

  private InspectableMailbox(Recorder recorder) {
    super(CELL, recorder);
    this.recorder = recorder;
  }

  @Override
  public void start(String threadBase, long threadNumber, boolean daemon) {
    throw new UnsupportedOperationException("the test's threads drain this inbox");
  }

  @Override
  protected void signal() {
    // The consumer polls; there is nobody to wake.
  }

  /**
   * Takes the oldest message, as the actor's loop does. Consumer only.
   *
   * @return the message, or {@code null} if the queue is empty
   */
  Object take() {
    Envelope e = poll();
    if (e == null) {
      return null;
    }
    Object message = e.message;
    handle(e);
    return message;
  }

  /** Closes the inbox and answers what is left, as a dying actor does. Consumer only. */
  void close() {
    closeAndDrain();
  }

  /**
   * The last envelope the drain answered. Consumer only.
   *
   * @return it, or {@code null}
   */
  Envelope rejected() {
    return recorder.rejected;
  }

  /** Handles nothing (the test reads the messages itself); remembers what the drain answered. */
  private static final class Recorder implements Handler {
    Envelope rejected;

    @Override
    public boolean begin() {
      return true;
    }

    @Override
    public boolean handle(Envelope envelope) {
      return true;
    }

    @Override
    public void reject(Envelope envelope) {
      rejected = envelope;
    }

    @Override
    public void end(Envelope inFlight, Throwable escaped) {
      // No actor to end: the test closes the inbox itself.
    }
  }
}
