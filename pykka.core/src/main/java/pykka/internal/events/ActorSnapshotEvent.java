package pykka.internal.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

/**
 * {@code pykka.ActorSnapshot}: periodic, every second by default: one event per running actor whose
 * inbox is not empty, with the size of its inbox and its state, so that a recording shows a growing
 * inbox as a curve. Actors with an empty inbox emit nothing. Enabled by default. Committed on JFR's
 * periodic thread.
 *
 * <p>Not thread-safe, as no JFR event is: each instance is used by one thread.
 */
@Name("pykka.ActorSnapshot")
@Label("Actor Snapshot")
@Category("pykka")
@Description("An actor whose inbox is not empty: its inbox size and state")
@Period("1 s")
@StackTrace(false)
public final class ActorSnapshotEvent extends Event {

  /** The actor's class, its simple name. */
  @Label("Actor Class")
  public String actorClass;

  /** The actor's URN. */
  @Label("Actor URN")
  public String actorUrn;

  /** How many messages wait in its inbox. */
  @Label("Inbox Size")
  public int inboxSize;

  /** Its state: {@code STARTING}, {@code IDLE}, {@code HANDLING}, {@code WAITING}... */
  @Label("State")
  public String state;

  /** Creates an empty event. */
  public ActorSnapshotEvent() {}
}
