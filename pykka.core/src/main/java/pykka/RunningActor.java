package pykka;

import java.time.Duration;
import pykka.internal.proxy.MessageNames;
import pykka.internal.runtime.Cell;

/**
 * What pykka's runtime can say about one running actor, for tools (thread dumps, monitoring): its
 * {@link #state() state}, its {@link #thread() thread}, the {@link #inboxSize() size of its inbox},
 * the actor whose reply it {@link #waitingFor() waits for}, and the {@link #handlingMessage()
 * message it is handling} and {@link #handlingFor() for how long}. {@link RunningActors} hands
 * these out.
 *
 * <p><b>Cost to the actor.</b> None of this slows a send. The actor's thread records its state with
 * opaque writes, and, once a tool has asked {@link #handlingFor()}, reads the clock once per
 * message it handles; the message being handled is read from its inbox, where it stays while it is
 * handled.
 *
 * <p><b>Thread safety.</b> Every method may be called from any thread, at any time, and never
 * blocks the actor or makes it wait: it reads what the actor's thread last wrote. So every answer
 * is a snapshot that may be stale at once, and two answers, even from one call after the other, may
 * not describe one moment (the thread may be {@code null} while the state is still {@link
 * State#HANDLING}, say). Each answer is read anew from the actor: a {@code RunningActor} held on to
 * follows its actor until its end, when the state becomes {@link State#DEAD}.
 *
 * <p>The interface is implemented by pykka alone, and may gain methods.
 */
public sealed interface RunningActor permits Cell {

  /** What an actor is doing. */
  enum State {
    /** Started, and its {@code onStart} has not returned yet. */
    STARTING,
    /** Waiting for a message: its inbox was empty when it last looked. */
    IDLE,
    /** Handling a message. */
    HANDLING,
    /**
     * Blocked in one of its hooks on the reply of another actor (or its own): {@link #waitingFor()}
     * says which. Takes precedence over the states above and {@link #STOPPING}.
     */
    WAITING,
    /** Dead, and running {@code onStop} or {@code onFailure}, or about to end. */
    STOPPING,
    /** Ended: its loop is over and it is no longer among the {@link RunningActors}. */
    DEAD
  }

  /**
   * The actor's ref.
   *
   * @return the ref
   */
  ActorRef<?> ref();

  /**
   * What the actor is doing now.
   *
   * @return its state
   */
  State state();

  /**
   * The thread running the actor now, if it holds one. A {@link ThreadingActor} holds its thread
   * from start to end; a {@link VirtualThreadActor} holds none once it has been idle for a while,
   * and may hold a different one each time it gets busy again.
   *
   * @return the thread, or {@code null} if the actor holds none (or has not got it yet)
   */
  Thread thread();

  /**
   * How many messages wait in the actor's inbox, the one being handled not included. The count is
   * exact when no message is being sent to the actor at the moment; a message whose send is in
   * progress may already be counted before the actor can take it. {@code 0} once the actor is
   * {@link State#DEAD}.
   *
   * @return the number of messages waiting
   */
  int inboxSize();

  /**
   * The actor whose reply this actor is blocked on, in state {@link State#WAITING}.
   *
   * @return that actor's ref (this actor's own, for an ask to itself), or {@code null} if it is not
   *     waiting for a reply
   */
  ActorRef<?> waitingFor();

  /**
   * The message the actor is handling, by name: the fully qualified name of its class, or, for a
   * proxy message, {@code ProxyCall:<path>}, {@code ProxyGetAttr:<path>} or {@code
   * ProxySetAttr:<path>} with the dotted path of the member ({@code "null"} for a {@code null}
   * message). A snapshot: the actor may have taken the next message meanwhile.
   *
   * @return the name, or {@code null} if the actor is not handling a message now (it is idle,
   *     starting, stopping, or waiting in its {@code onStart})
   */
  default String handlingMessage() {
    Object message = ((Cell) this).currentMessage();
    return message == Cell.NOT_HANDLING || message == Actor.STOP ? null : MessageNames.of(message);
  }

  /**
   * How long the actor has been handling its current message (the one {@link #handlingMessage()}
   * names), waits for other actors included. A snapshot, like every answer here.
   *
   * <p>Actors read the clock when they begin a message only once a tool has called this method (of
   * any actor), since reading it costs as much as handling a small message. So the answer is exact
   * for a message begun after the first call, and for one begun before, a lower bound: the time
   * since this was first asked about it, {@code 0} the first time. A tool that watches actors calls
   * it early, or twice.
   *
   * @return the time since the actor began handling it (or at least), or {@code null} if it is not
   *     handling one
   */
  default Duration handlingFor() {
    Cell.startTiming();
    Cell cell = (Cell) this;
    if (cell.currentMessage() == Cell.NOT_HANDLING) {
      return null;
    }
    long since = cell.handlingSince();
    return Duration.ofNanos(Math.max(0L, System.nanoTime() - since));
  }
}
