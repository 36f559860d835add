package pykka.testfixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * What the tests of every module rely on when they check what was logged: the provider keeps INFO
 * and above, hands DEBUG and above to open captures, and fails as a real provider would, or on
 * demand.
 */
final class RecordingLogProviderTest {

  private static final Logger LOG = LoggerFactory.getLogger("pykka");

  @BeforeEach
  void forgetEarlierRecords() {
    RecordingLogProvider.clear();
  }

  @Test
  void theProviderInUseIsTheRecordingOne() {
    assertThat(LOG.getClass().getEnclosingClass()).isSameAs(AbstractLogProvider.class);
  }

  @Test
  void recordsFromInfoUpAreKeptAndFromDebugUpReachAnOpenCaptureOnly() {
    IllegalStateException boom = new IllegalStateException("boom");
    try (LogCapture capture = LogCapture.start()) {
      LOG.trace("not enabled {}", 0);
      LOG.debug("Stopped {}", "Adder (urn:1)");
      LOG.info("Exception returned from {} to caller:", "Adder (urn:1)", boom);
      LoggerFactory.getLogger("other").warn("elsewhere about Adder (urn:1)");

      assertThat(capture.linesAbout("Adder (urn:1)"))
          .containsExactly(
              "DEBUG Stopped Adder (urn:1)",
              "INFO Exception returned from Adder (urn:1) to caller:");
      assertThat(capture.records()).hasSize(3);
      assertThat(capture.about("Adder (urn:1)").get(1).throwable()).isSameAs(boom);
      assertThat(capture.records())
          .allSatisfy(r -> assertThat(r.thread()).isEqualTo(Thread.currentThread().getName()));
    }
    LOG.info("after the capture closed");

    assertThat(RecordingLogProvider.drain())
        .extracting(LogRecord::level, LogRecord::message)
        .containsExactly(
            tuple(Level.INFO, "Exception returned from Adder (urn:1) to caller:"),
            tuple(Level.WARN, "elsewhere about Adder (urn:1)"),
            tuple(Level.INFO, "after the capture closed"));
    assertThat(RecordingLogProvider.drain()).isEmpty();
  }

  @Test
  void aFaultMakesTheMatchingLogCallsThrowUntilItIsClosed() {
    AtomicInteger built = new AtomicInteger();
    try (RecordingLogProvider.Fault fault =
        RecordingLogProvider.failing(
            Level.WARN,
            "urn:2",
            () -> new IllegalStateException("appender broken " + built.incrementAndGet()))) {
      assertThatThrownBy(() -> LOG.warn("about {}", "urn:2"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("appender broken 1");
      LOG.warn("about urn:3");
      LOG.error("about urn:2");
      assertThat(fault.level()).isEqualTo(Level.WARN);
    }
    LOG.warn("about urn:2");

    assertThat(RecordingLogProvider.drain())
        .extracting(LogRecord::message)
        .containsExactly("about urn:3", "about urn:2", "about urn:2");
  }

  @Test
  void aThrowableThatCannotBePrintedMakesTheLogCallThrowAsARealProviderWould() {
    Throwable unprintable =
        new IllegalStateException() {
          @Override
          public void printStackTrace(PrintWriter s) {
            throw new UnsupportedOperationException("cannot print");
          }
        };

    assertThatThrownBy(() -> LOG.error("Unhandled exception in X:", unprintable))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(RecordingLogProvider.drain()).isEmpty();
  }
}
