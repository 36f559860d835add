package pykka.internal.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;
import jdk.jfr.Timespan;

/**
 * {@code pykka.MessageHandled}: an actor handled one message; the event's duration is the handling
 * time. Stop requests and pykka's internal messages are not events. Disabled by default (it is per
 * message); threshold 0 when enabled.
 *
 * <p><b>Queue time.</b> {@link #queuedNanos} needs the time at which the message was enqueued,
 * which a send takes ({@link #stamp}) only while this event is enabled: a send pays nothing for it
 * otherwise. A message enqueued before the event was enabled reports {@code -1}.
 *
 * <p>Not thread-safe, as no JFR event is: each instance is used by one thread, the actor's.
 */
@Name("pykka.MessageHandled")
@Label("Message Handled")
@Category("pykka")
@Description("An actor handled one message; the duration is the handling time")
@Enabled(false)
@Threshold("0 ms")
@StackTrace(false)
public final class MessageHandledEvent extends Event {

  private static final MessageHandledEvent PROBE = new MessageHandledEvent();

  /** The actor's class, its simple name. */
  @Label("Actor Class")
  public String actorClass;

  /** The actor's URN. */
  @Label("Actor URN")
  public String actorUrn;

  /**
   * The message's fully qualified class name, or {@code ProxyCall:<path>}, {@code
   * ProxyGetAttr:<path>} or {@code ProxySetAttr:<path>} for a proxy message, {@code "null"} for a
   * {@code null} message.
   */
  @Label("Message Class")
  public String messageClass;

  /** Whether a reply was expected (an ask, a proxy call). */
  @Label("Ask")
  public boolean ask;

  /** The time from the enqueue to the start of handling, or -1 if unknown. */
  @Label("Queued")
  @Description("Time from enqueue to start of handling; -1 if enqueued before recording began")
  @Timespan(Timespan.NANOSECONDS)
  public long queuedNanos;

  /** Whether handling threw. */
  @Label("Failed")
  public boolean failed;

  /** Creates an empty event. */
  public MessageHandledEvent() {}

  /**
   * Whether the event is being recorded now: one check, no allocation.
   *
   * @return whether a recording has the event enabled
   */
  public static boolean enabled() {
    return PROBE.isEnabled();
  }

  /**
   * The enqueue time of a message sent now: {@link System#nanoTime()} while the event is enabled,
   * else {@code 0} (unknown), without reading the clock.
   *
   * @return the time, or {@code 0}
   */
  public static long stamp() {
    return PROBE.isEnabled() ? System.nanoTime() : 0L;
  }

  /**
   * The queue time of a message, from its {@link #stamp} to {@code start}.
   *
   * @param enqueued the message's stamp, {@code 0} if unknown
   * @param start when its handling began, by {@link System#nanoTime()}
   * @return the nanoseconds in between, or {@code -1} if unknown
   */
  public static long queued(long enqueued, long start) {
    return enqueued == 0L ? -1L : Math.max(0L, start - enqueued);
  }
}
