/**
 * Test support shared by the test suites of every pykka module, for what needs no actor: the
 * capturing SLF4J provider ({@link pykka.testfixtures.RecordingLogProvider}) and log assertions
 * ({@link pykka.testfixtures.LogCapture}), output capture ({@link pykka.testfixtures.Output},
 * {@link pykka.testfixtures.StreamCapture}), bounded waits ({@link pykka.testfixtures.Await}), the
 * two actor runtimes as a test parameter ({@link pykka.testfixtures.BothRuntimes}) and
 * module-descriptor assertions ({@link pykka.testfixtures.ModuleDescriptorAssert}).
 *
 * <p>It does not depend on {@code pykka.core}: {@code pykka.core}'s own tests use it. Each module
 * that needs test actors keeps a small factory of its own that switches on {@link
 * pykka.testfixtures.ActorRuntime}.
 */
module pykka.testfixtures {
  requires transitive org.slf4j;
  requires transitive org.junit.jupiter.params;
  requires transitive org.assertj.core;

  exports pykka.testfixtures;
}
