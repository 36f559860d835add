package pykka;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * The waiters of a {@link ThreadingFuture}: a Treiber stack, in the future's {@code waiters} field,
 * of threads parked in {@code get} and of callbacks to run once it is settled. Static methods over
 * that field, so that a future costs no object more than itself.
 *
 * <p>The future's state changes first, then the stack is swapped for {@link #RELEASED} (the future
 * is done) or emptied (a get hook was set), and everything it held is woken: a waiter that pushed
 * itself before the change is always woken, and one whose push comes after it sees the new state on
 * its re-check. A thread that stops waiting first gives its node up and unlinks every given-up node
 * ({@link #remove}, java.util.concurrent.FutureTask's algorithm), so a pending future polled with
 * short timeouts does not pile up nodes. Wakers skip a node whose thread is cleared.
 */
final class FutureWaiters {

  /** The stack of a future that is done: nothing is pushed any more. */
  static final Node RELEASED = new Node(null, null);

  private static final VarHandle WAITERS;

  static {
    try {
      WAITERS = MethodHandles.lookup().findVarHandle(ThreadingFuture.class, "waiters", Node.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private FutureWaiters() {}

  /**
   * A parked thread, or a callback to run on completion. A thread node whose thread is {@code null}
   * was given up by its thread and may be unlinked.
   */
  static final class Node {
    volatile Thread thread;
    final Runnable callback;
    volatile Node next;

    Node(Thread thread, Runnable callback) {
      this.thread = thread;
      this.callback = callback;
    }
  }

  /**
   * Pushes {@code node} on the stack of {@code future}, once: the caller re-checks the future's
   * state and tries again after a {@code false}.
   *
   * @return whether it was pushed; {@code false} if the stack changed meanwhile or is released
   */
  static boolean push(ThreadingFuture<?> future, Node node) {
    Node head = future.waiters;
    if (head == RELEASED) {
      return false;
    }
    node.next = head;
    return WAITERS.compareAndSet(future, head, node);
  }

  /** Called after the future is done: releases its stack and wakes everything it held. */
  static void release(ThreadingFuture<?> future) {
    wake((Node) WAITERS.getAndSet(future, RELEASED));
  }

  /**
   * Called after a get hook was set: empties the stack and wakes everything it held, so that parked
   * threads run the hook. A get may already have run the hook and released the stack: then it woke
   * everyone.
   */
  static void wakeForHook(ThreadingFuture<?> future) {
    Node head;
    do {
      head = future.waiters;
      if (head == RELEASED) {
        return;
      }
    } while (!WAITERS.compareAndSet(future, head, null));
    wake(head);
  }

  private static void wake(Node node) {
    for (Node n = node; n != null && n != RELEASED; n = n.next) {
      if (n.callback != null) {
        n.callback.run();
      } else {
        Thread t = n.thread;
        if (t != null) {
          LockSupport.unpark(t);
        }
      }
    }
  }

  /**
   * Gives up {@code node}, whose thread stops waiting, and unlinks every given-up node from the
   * stack, restarting when it races another unlinker.
   */
  static void remove(ThreadingFuture<?> future, Node node) {
    node.thread = null;
    retry:
    while (true) {
      Node pred = null;
      for (Node q = future.waiters, s; q != null && q != RELEASED; q = s) {
        s = q.next;
        if (q.thread != null || q.callback != null) {
          pred = q;
        } else if (pred != null) {
          pred.next = s;
          if (pred.thread == null && pred.callback == null) {
            continue retry; // pred was given up meanwhile: start again
          }
        } else if (!WAITERS.compareAndSet(future, q, s)) {
          continue retry;
        }
      }
      return;
    }
  }
}
