package pykka.cli;

import java.util.concurrent.CountDownLatch;
import pykka.ThreadingActor;

/**
 * A plain actor on a platform thread, which is not a daemon: left running, it would keep the JVM
 * alive. Told {@code "block"}, it waits until {@link #release} is counted down, and so cannot stop
 * before then.
 */
final class Blocker extends ThreadingActor {

  final CountDownLatch release = new CountDownLatch(1);

  @Override
  protected Object onReceive(Object message) throws InterruptedException {
    if ("block".equals(message)) {
      release.await();
    }
    return null;
  }
}
