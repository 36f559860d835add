package pykka;

import java.time.Duration;
import java.util.function.Function;

/**
 * The future of an actor's {@link Termination}: completed by pykka alone, once, with a value, at
 * the very end of the actor's life (rule S1); never failed. {@code set}, {@code setException} and
 * {@code setGetHook} throw {@link IllegalStateException}.
 *
 * <p>Thread safety: as {@link ThreadingFuture}.
 */
final class TerminationFuture extends ThreadingFuture<Termination> {

  @Override
  public void set(Termination value) {
    throw completedByPykka();
  }

  @Override
  public void setException(Throwable exception) {
    throw completedByPykka();
  }

  @Override
  public void setGetHook(Function<Duration, Termination> hook) {
    throw completedByPykka();
  }

  private static IllegalStateException completedByPykka() {
    return new IllegalStateException("an actor's termination future is completed by pykka only");
  }
}
