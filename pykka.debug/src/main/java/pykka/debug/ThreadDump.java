package pykka.debug;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pykka.ActorRef;
import pykka.ActorRegistry;
import pykka.internal.runtime.Cell;
import pykka.internal.runtime.Cells;

/**
 * Builds the texts of a thread dump: one per thread, each naming the actor that runs on it and the
 * actor it waits for, and one listing the actors that hold no thread.
 *
 * <p>The threads are every live platform thread ({@link Thread#getAllStackTraces()}) and every
 * registered actor's current thread, which may be virtual (the JDK's list omits those). The stacks
 * are taken one thread after another, not in one atomic snapshot. Thread-safe: it reads only
 * volatile fields of the actors and the registry's snapshot.
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
    Map<Thread, Cell> actorOf = new HashMap<>();
    List<Cell> idle = new ArrayList<>();
    for (ActorRef<?> ref : ActorRegistry.getAll()) {
      Cell cell = Cells.of(ref);
      Thread thread = cell.thread();
      if (thread == null) {
        idle.add(cell);
      } else {
        actorOf.put(thread, cell);
        stacks.computeIfAbsent(thread, Thread::getStackTrace);
      }
    }

    List<Thread> threads = new ArrayList<>(stacks.keySet());
    threads.sort(Comparator.comparingLong(Thread::threadId));
    List<String> texts = new ArrayList<>(threads.size() + 1);
    for (Thread thread : threads) {
      texts.add(describe(thread, actorOf.get(thread), stacks.get(thread)));
    }
    if (!idle.isEmpty()) {
      texts.add(describeIdle(idle));
    }
    return texts;
  }

  /**
   * One thread: {@code Current state of <name> (ident: <id>):}, then the actor on it and the actor
   * it waits for, the kind and state of the thread, and its stack.
   */
  private static String describe(Thread thread, Cell actor, StackTraceElement[] stack) {
    StringBuilder sb = new StringBuilder();
    sb.append("Current state of ")
        .append(thread.getName())
        .append(" (ident: ")
        .append(thread.threadId())
        .append("):\n");
    if (actor != null) {
      sb.append("  Actor: ").append(actorName(actor)).append('\n');
      Cell awaited = actor.waitingFor();
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

  private static String describeIdle(List<Cell> idle) {
    StringBuilder sb =
        new StringBuilder("Idle actors, holding no thread (").append(idle.size()).append("):");
    for (Cell cell : idle) {
      sb.append("\n  ").append(actorName(cell));
    }
    return sb.toString();
  }

  /** {@code SimpleName (urn:uuid:...) [fully.qualified.ClassName]}. */
  private static String actorName(Cell cell) {
    return cell + " [" + cell.ref().actorClass().getName() + "]";
  }
}
