package pykka.jcstress;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What a recording actor handled, in order. {@link #record} runs on the actor's thread only; {@link
 * #verdict} may be called from any thread, and reads the record only after the latch has counted
 * every expected message (the latch orders the reads after the writes).
 */
final class Handled {
  private final Order order;
  private final CountDownLatch done;
  private final int expected;

  Handled(int expected) {
    this.expected = expected;
    this.order = new Order(expected);
    this.done = new CountDownLatch(expected);
  }

  /**
   * Records a message. Actor's thread only.
   *
   * @param message the message
   * @return how many messages have been handled, this one included
   */
  int record(Object message) {
    order.add(message);
    done.countDown();
    return order.size();
  }

  /**
   * Whether this was the last expected message. Actor's thread only.
   *
   * @return whether all expected messages have now been handled
   */
  boolean complete() {
    return order.size() == expected;
  }

  /**
   * Waits at most {@link Codes#PATIENCE} for every expected message, then judges the order.
   *
   * @param sent each producer's messages, in the order it sent them
   * @return an {@link Order} verdict; {@link Order#LOST} if some message was never handled
   */
  int verdict(int[][] sent) {
    try {
      if (!done.await(Codes.PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
        return Order.LOST;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Codes.OTHER;
    }
    return order.verdict(sent);
  }
}
