package pykka.internal.runtime;

/**
 * The platform thread of a {@link ThreadingMailbox}'s actor, for the actor's whole life. It carries
 * the actor's cell, so that {@link CurrentActor} finds the actor that the thread runs without a
 * {@link ThreadLocal}, whose map would cost every idle actor's thread about 140 bytes.
 *
 * <p><b>Thread safety.</b> The cell is final: any thread that sees the thread object sees it.
 */
final class ActorThread extends Thread {

  private final ThreadingMailbox mailbox;

  /**
   * Creates the thread; {@link #start()} runs the mailbox's loop on it.
   *
   * @param mailbox the actor's mailbox
   * @param name the thread's name
   */
  ActorThread(ThreadingMailbox mailbox, String name) {
    super(name);
    this.mailbox = mailbox;
  }

  /**
   * The actor this thread runs, from start to end.
   *
   * @return its cell
   */
  Cell cell() {
    return mailbox.cell;
  }

  /** Runs the actor's loop. Called by the JVM when the thread starts, never by pykka. */
  @Override
  public void run() {
    mailbox.run();
  }
}
