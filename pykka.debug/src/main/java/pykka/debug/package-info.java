/**
 * Debug helpers: actor-aware thread dumps, logged on demand with {@link
 * pykka.debug.Debug#logThreadTracebacks()} or on {@code SIGUSR1} once {@link
 * pykka.debug.Debug#installSignalHandler()} has run.
 */
package pykka.debug;
