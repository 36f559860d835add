package pykka.internal.runtime;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Actors' identities: a number per actor, counting from 1 in the order actors are made and unique
 * for the life of the process, and the URN it stands for, {@code urn:uuid:} and a version-4
 * (random), IETF-variant UUID.
 *
 * <p>The UUID's high half is drawn once per process from {@link SecureRandom}, with the version
 * bits set. Its low half is the actor's number passed through a bijection on 62 bits (multiplied by
 * an odd constant and offset by a random 62-bit value drawn once, modulo 2<sup>62</sup>), with the
 * variant bits set: distinct numbers give distinct UUIDs, so no two actors of a process share a URN
 * until 2<sup>62</sup> actors have been made, and the URNs of different processes differ with the
 * probability of two random 122-bit UUIDs' differing. Making a number costs an atomic increment,
 * where {@link UUID#randomUUID()} takes a lock of the process's {@code SecureRandom}; the URN's
 * string is built only when asked for, and the random halves are drawn when the first URN is built
 * or read, so that a program whose actors' URNs nobody asks for never initializes {@code
 * SecureRandom} (tens of milliseconds at its first use).
 *
 * <p><b>Thread safety.</b> Every method may be called from any thread; {@link #next()} never
 * returns the same number twice.
 */
public final class ActorIds {

  /** The variant bits' place in the low half: the top two bits, {@code 10}. */
  private static final long VARIANT = 0x8000_0000_0000_0000L;

  /** The 62 bits of the low half that the bijection fills. */
  private static final long LOW_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

  /** Odd, so that multiplying by it modulo 2<sup>62</sup> is a bijection. */
  private static final long MULTIPLIER = 0x9E37_79B9_7F4A_7C15L;

  /** The inverse of {@link #MULTIPLIER} modulo 2<sup>64</sup>, hence modulo 2<sup>62</sup>. */
  private static final long INVERSE = inverse(MULTIPLIER);

  private static final AtomicLong COUNTER = new AtomicLong();

  private static final String PREFIX = "urn:uuid:";

  private ActorIds() {}

  /**
   * A new actor's number.
   *
   * @return a number never returned before in this process: 1 for the first actor, then 2, and so
   *     on
   */
  public static long next() {
    return COUNTER.incrementAndGet();
  }

  /**
   * The URN of an actor's number.
   *
   * @param id a number from {@link #next()}
   * @return {@code urn:uuid:} and the UUID in its canonical lower-case form
   */
  public static String urn(long id) {
    return PREFIX + new UUID(Random.HIGH, VARIANT | ((id * MULTIPLIER + Random.OFFSET) & LOW_BITS));
  }

  /**
   * The number a URN of this process stands for, if it may be one; the caller checks that the
   * actor's URN equals the one it was given, since this accepts every spelling that {@link
   * UUID#fromString} does.
   *
   * @param urn any string
   * @return the number, or {@code 0} (never a number from {@link #next()}) if it is not the URN of
   *     an actor of this process
   */
  static long idOf(String urn) {
    if (urn.length() != PREFIX.length() + 36 || !urn.startsWith(PREFIX)) {
      return 0;
    }
    UUID uuid;
    try {
      uuid = UUID.fromString(urn.substring(PREFIX.length()));
    } catch (IllegalArgumentException notUuid) {
      return 0;
    }
    long low = uuid.getLeastSignificantBits();
    if (uuid.getMostSignificantBits() != Random.HIGH || (low & ~LOW_BITS) != VARIANT) {
      return 0;
    }
    return (((low & LOW_BITS) - Random.OFFSET) * INVERSE) & LOW_BITS;
  }

  /** The inverse of an odd number modulo 2<sup>64</sup>, by Newton's iteration. */
  private static long inverse(long odd) {
    long x = odd; // correct to 3 bits; each step doubles the correct bits
    for (int i = 0; i < 5; i++) {
      x *= 2 - odd * x;
    }
    return x;
  }

  /** The process's random halves, drawn when this class is first used: at the first URN. */
  private static final class Random {
    /** The UUID's high half, with version 4 in bits 12 to 15. */
    static final long HIGH;

    /** A random 62-bit offset added after the multiplication. */
    static final long OFFSET;

    static {
      SecureRandom random = new SecureRandom();
      HIGH = (random.nextLong() & ~0xF000L) | 0x4000L;
      OFFSET = random.nextLong() & LOW_BITS;
    }

    private Random() {}
  }
}
