/**
 * Debug helpers for pykka: thread dumps that know which actor runs on which thread and which actor
 * it waits for, logged on demand or on {@code SIGUSR1}. See {@link pykka.debug.Debug}.
 */
module pykka.debug {
  requires pykka.core;
  requires org.slf4j;
  requires jdk.unsupported; // sun.misc.Signal, for SIGUSR1
  requires jdk.management; // HotSpotDiagnosticMXBean, to tell that -Xrs would ignore the handler

  exports pykka.debug;
}
