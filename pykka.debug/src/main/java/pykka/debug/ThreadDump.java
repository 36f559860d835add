package pykka.debug;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pykka.ActorRef;
import pykka.RunningActor;
import pykka.RunningActors;

/**
 * Builds the texts of a thread dump: one per thread, each naming the actor that runs on it, its
 * state and inbox, the message it is handling and for how long, and the actor it waits for, and one
 * listing the actors that hold no thread.
 *
 * <p>The threads are every live platform thread ({@link Thread#getAllStackTraces()}) and every
 * running actor's current thread, which may be virtual (the JDK's list omits those). The actors are
 * those of {@link RunningActors}, registered or not. The stacks are taken one thread after another,
 * not in one atomic snapshot. Thread-safe: it only reads pykka's public view of the running actors,
 * which never blocks them.
 */
final class ThreadDump {

  private ThreadDump() {}

  /**
   * The texts of a dump, taken now.
   *
   * @return one text per thread, ordered by thread id, then one for the idle actors if there are
   *     any
   */
  static List<String> take() {
    Map<Thread, StackTraceElement[]> stacks = new HashMap<>(Thread.getAllStackTraces());
    Map<Thread, RunningActor> actorOf = new HashMap<>();
    List<RunningActor> idle = new ArrayList<>();
    RunningActors.forEach(
        actor -> {
          Thread thread = actor.thread();
          if (thread == null) {
            idle.add(actor);
          } else {
            actorOf.put(thread, actor);
            stacks.computeIfAbsent(thread, Thread::getStackTrace);
          }
        });

    List<Thread> threads = new ArrayList<>(stacks.keySet());
    threads.sort(Comparator.comparingLong(Thread::threadId));
    List<String> texts = new ArrayList<>(threads.size() + 1);
    for (Thread thread : threads) {
      texts.add(describe(thread, actorOf.get(thread), stacks.get(thread)));
    }
    if (!idle.isEmpty()) {
      idle.sort(Comparator.comparing(actor -> actor.ref().toString()));
      texts.add(describeIdle(idle));
    }
    return texts;
  }

  /**
   * One thread: {@code Current state of <name> (ident: <id>):}, then the actor on it, its state and
   * inbox, and the actor it waits for, the kind and state of the thread, and its stack.
   */
  private static String describe(Thread thread, RunningActor actor, StackTraceElement[] stack) {
    StringBuilder sb = new StringBuilder();
    sb.append("Current state of ")
        .append(thread.getName())
        .append(" (ident: ")
        .append(thread.threadId())
        .append("):\n");
    if (actor != null) {
      sb.append("  Actor: ").append(actorName(actor.ref())).append('\n');
      sb.append("  Actor state: ").append(stateAndInbox(actor)).append('\n');
      String handling = handling(actor);
      if (handling != null) {
        sb.append("  Handling: ").append(handling).append('\n');
      }
      ActorRef<?> awaited = actor.waitingFor();
      if (awaited != null) {
        sb.append("  Waiting for a reply from: ").append(actorName(awaited)).append('\n');
      }
    }
    sb.append("  Thread: ")
        .append(thread.isVirtual() ? "virtual" : "platform")
        .append(!thread.isVirtual() && thread.isDaemon() ? ", daemon" : "")
        .append(", ")
        .append(thread.getState());
    if (stack.length == 0) {
      sb.append("\n    (no Java frames")
          .append(thread.isAlive() ? ")" : ": the thread has ended since the actor was looked up)");
    }
    for (StackTraceElement frame : stack) {
      sb.append("\n    at ").append(frame);
    }
    return sb.toString();
  }

  private static String describeIdle(List<RunningActor> idle) {
    StringBuilder sb =
        new StringBuilder("Idle actors, holding no thread (").append(idle.size()).append("):");
    for (RunningActor actor : idle) {
      sb.append("\n  ").append(actorName(actor.ref())).append(": ").append(stateAndInbox(actor));
      String handling = handling(actor);
      if (handling != null) {
        sb.append(", handling ").append(handling);
      }
    }
    return sb.toString();
  }

  /** {@code SimpleName (urn:uuid:...) [fully.qualified.ClassName]}. */
  private static String actorName(ActorRef<?> ref) {
    return ref + " [" + ref.actorClass().getName() + "]";
  }

  /**
   * {@code java.lang.String for at least 1.250 s}, or {@code ProxyCall:counter.add for at least
   * 0.002 s}: the message the actor is handling and for how long, or {@code null} if it handles
   * none. At least: for a message that began before any tool asked how long, the time runs from the
   * first dump that saw it (see {@link RunningActor#handlingFor()}).
   */
  private static String handling(RunningActor actor) {
    Duration since = actor.handlingFor();
    String message = actor.handlingMessage();
    if (since == null || message == null) {
      return null;
    }
    return message + " for at least " + String.format(Locale.ROOT, "%.3f s", since.toNanos() / 1e9);
  }

  /** {@code HANDLING, 3 messages in the inbox}. */
  private static String stateAndInbox(RunningActor actor) {
    int waiting = actor.inboxSize();
    return actor.state()
        + ", "
        + (waiting == 0 ? "no" : String.valueOf(waiting))
        + (waiting == 1 ? " message" : " messages")
        + " in the inbox";
  }
}
