package pykka.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import org.openjdk.jcstress.infra.results.ZZ_Result;
import pykka.internal.runtime.Envelope;

/**
 * The inbox's queue ({@code pykka.internal.runtime.Inbox}: Vyukov's intrusive MPSC queue) with the
 * test's threads as producers and consumer: no envelope lost or duplicated, each producer's
 * envelopes taken in the order it enqueued them, and no envelope left unanswered when the inbox
 * closes while a producer enqueues.
 *
 * <p>The ordering results are a {@link Order verdict} ({@code 0} is right) and how many messages
 * the consumer took while the producers were still enqueueing (the arbiter takes the rest), which
 * shows how much the race varied.
 */
public final class MailboxQueue {

  private MailboxQueue() {}

  /** Producer P sends 10 then 11; producer Q sends 20 then 21. */
  private static final int[][] SENT = {{10, 11}, {20, 21}};

  /** How often a racing consumer polls, at most. */
  private static final int POLLS = 64;

  /**
   * Two producers; the second also consumes between its enqueues, so the consumer polls while the
   * other producer may be between its swap of the tail and its link. The consumer always takes at
   * least two (its own), so the count runs from 2 to 4.
   */
  @JCStressTest
  @Outcome(id = "0, 2", expect = ACCEPTABLE, desc = "all in order; 2 taken during the race")
  @Outcome(id = "0, 3", expect = ACCEPTABLE, desc = "all in order; 3 taken during the race")
  @Outcome(id = "0, 4", expect = ACCEPTABLE, desc = "all in order; 4 taken during the race")
  @Outcome(id = "1, .*", expect = FORBIDDEN, desc = "an envelope was lost")
  @Outcome(id = "2, .*", expect = FORBIDDEN, desc = "an envelope was taken twice")
  @Outcome(id = "3, .*", expect = FORBIDDEN, desc = "a producer's envelopes were reordered")
  @Outcome(expect = FORBIDDEN, desc = "something else")
  @State
  public static class ProducerVersusProducerAndConsumer {
    private final InspectableMailbox mailbox = new InspectableMailbox();
    private final Order taken = new Order(4);

    /** Creates the state. */
    public ProducerVersusProducerAndConsumer() {}

    /** Producer P. */
    @Actor
    public void producer() {
      mailbox.enqueue(new Envelope(SENT[0][0], null));
      mailbox.enqueue(new Envelope(SENT[0][1], null));
    }

    /**
     * Producer Q, which is also the consumer.
     *
     * @param r how many it took
     */
    @Actor
    public void producerAndConsumer(II_Result r) {
      mailbox.enqueue(new Envelope(SENT[1][0], null));
      taken.add(mailbox.take());
      mailbox.enqueue(new Envelope(SENT[1][1], null));
      for (int i = 0; i < POLLS && taken.size() < 4; i++) {
        taken.add(mailbox.take());
      }
      r.r2 = taken.size();
    }

    /**
     * Takes the rest and judges the order.
     *
     * @param r the verdict
     */
    @Arbiter
    public void arbiter(II_Result r) {
      drain(mailbox, taken);
      r.r1 = taken.verdict(SENT);
    }
  }

  /** One producer and the consumer polling meanwhile, through the swap-to-link window. */
  @JCStressTest
  @Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "all in order; the arbiter took all")
  @Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "all in order; 1 taken during the race")
  @Outcome(id = "0, 2", expect = ACCEPTABLE, desc = "all in order; 2 taken during the race")
  @Outcome(id = "0, 3", expect = ACCEPTABLE, desc = "all in order; 3 taken during the race")
  @Outcome(id = "0, 4", expect = ACCEPTABLE, desc = "all in order; 4 taken during the race")
  @Outcome(id = "1, .*", expect = FORBIDDEN, desc = "an envelope was lost")
  @Outcome(id = "2, .*", expect = FORBIDDEN, desc = "an envelope was taken twice")
  @Outcome(id = "3, .*", expect = FORBIDDEN, desc = "the envelopes were reordered")
  @Outcome(expect = FORBIDDEN, desc = "something else")
  @State
  public static class ProducerVersusConsumer {
    private static final int[][] SENT_BY_ONE = {{10, 11, 12, 13}};

    private final InspectableMailbox mailbox = new InspectableMailbox();
    private final Order taken = new Order(4);

    /** Creates the state. */
    public ProducerVersusConsumer() {}

    /** The producer. */
    @Actor
    public void producer() {
      for (int m : SENT_BY_ONE[0]) {
        mailbox.enqueue(new Envelope(m, null));
      }
    }

    /**
     * The consumer.
     *
     * @param r how many it took
     */
    @Actor
    public void consumer(II_Result r) {
      for (int i = 0; i < POLLS && taken.size() < 4; i++) {
        taken.add(mailbox.take());
      }
      r.r2 = taken.size();
    }

    /**
     * Takes the rest and judges the order.
     *
     * @param r the verdict
     */
    @Arbiter
    public void arbiter(II_Result r) {
      drain(mailbox, taken);
      r.r1 = taken.verdict(SENT_BY_ONE);
    }
  }

  /**
   * A producer enqueueing (and then checking {@code isClosed}, as an ask does) while the consumer
   * closes and drains the inbox: at least one of them sees the envelope, so its reply is never left
   * pending.
   */
  @JCStressTest
  @Outcome(
      id = "false, true",
      expect = ACCEPTABLE,
      desc = "the drain answered it; the producer saw the inbox open")
  @Outcome(
      id = "true, false",
      expect = ACCEPTABLE,
      desc = "the drain missed it; the producer saw the inbox closed (and answers itself)")
  @Outcome(
      id = "true, true",
      expect = ACCEPTABLE,
      desc = "both: the reply's trySet keeps the first")
  @Outcome(id = "false, false", expect = FORBIDDEN, desc = "neither: the reply is left pending")
  @State
  public static class EnqueueVersusClose {
    private final InspectableMailbox mailbox = new InspectableMailbox();
    private final Envelope envelope = new Envelope("ask", null);

    /** Creates the state: an inbox holding one earlier message. */
    public EnqueueVersusClose() {
      mailbox.enqueue(new Envelope("earlier", null));
    }

    /**
     * Enqueues, then checks whether the inbox closed.
     *
     * @param r whether it saw the inbox closed
     */
    @Actor
    public void producer(ZZ_Result r) {
      mailbox.enqueue(envelope);
      r.r1 = mailbox.isClosed();
    }

    /**
     * Closes and drains the inbox.
     *
     * @param r whether the drain answered the producer's envelope
     */
    @Actor
    public void consumer(ZZ_Result r) {
      mailbox.close();
      r.r2 = mailbox.rejected() == envelope;
    }
  }

  private static void drain(InspectableMailbox mailbox, Order taken) {
    Object m;
    while ((m = mailbox.take()) != null) {
      taken.add(m);
    }
  }
}
