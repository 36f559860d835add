package pykka.jcstress;

/**
 * The messages one consumer took, in order, judged against what each producer sent. Not
 * thread-safe: one consumer at a time, with happens-before between them (an actor, then the
 * arbiter).
 */
final class Order {
  /** Every message was taken once, each producer's in the order it sent them. */
  static final int RIGHT = 0;

  /** A message was never taken. */
  static final int LOST = 1;

  /** A message was taken twice. */
  static final int DUPLICATED = 2;

  /** A producer's messages were taken out of order. */
  static final int REORDERED = 3;

  /** A message that nobody sent was taken. */
  static final int UNKNOWN = 4;

  private final int[] taken;
  private int size;
  private boolean overflow;

  Order(int capacity) {
    taken = new int[capacity];
  }

  /**
   * Records a message; ignores {@code null} (an empty poll).
   *
   * @param message an {@link Integer}, or {@code null}
   */
  void add(Object message) {
    if (message == null) {
      return;
    }
    if (size == taken.length) {
      overflow = true;
      return;
    }
    taken[size++] = (Integer) message;
  }

  int size() {
    return size;
  }

  /**
   * Judges what was taken.
   *
   * @param sent each producer's messages, in the order it sent them
   * @return {@link #RIGHT}, {@link #LOST}, {@link #DUPLICATED}, {@link #REORDERED} or {@link
   *     #UNKNOWN}
   */
  int verdict(int[][] sent) {
    if (overflow) {
      return DUPLICATED;
    }
    int expected = 0;
    for (int[] producer : sent) {
      expected += producer.length;
    }
    for (int i = 0; i < size; i++) {
      if (!wasSent(sent, taken[i])) {
        return UNKNOWN;
      }
      if (indexOf(taken[i]) < i) {
        return DUPLICATED;
      }
    }
    if (size < expected) {
      return LOST;
    }
    for (int[] producer : sent) {
      for (int k = 1; k < producer.length; k++) {
        if (indexOf(producer[k]) < indexOf(producer[k - 1])) {
          return REORDERED;
        }
      }
    }
    return RIGHT;
  }

  private int indexOf(int message) {
    for (int i = 0; i < size; i++) {
      if (taken[i] == message) {
        return i;
      }
    }
    return -1;
  }

  private static boolean wasSent(int[][] sent, int message) {
    for (int[] producer : sent) {
      for (int m : producer) {
        if (m == message) {
          return true;
        }
      }
    }
    return false;
  }
}
