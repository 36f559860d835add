package pykka;

/** The two runtimes the proxy tests run on; proxy test actors extend {@link ProxyTestActor}. */
enum ProxyRuntime {
  THREADS,
  VIRTUAL_THREADS;

  /** Set by each parameterised test before it constructs actors, on the test's own thread. */
  static final ThreadLocal<ProxyRuntime> CURRENT = ThreadLocal.withInitial(() -> THREADS);
}
