/**
 * pykka's API: Python's Pykka as Java. Exported to every module.
 *
 * <ul>
 *   <li>Actors: {@link pykka.Actor}, run by {@link pykka.ThreadingActor} (a platform thread per
 *       actor) or {@link pykka.VirtualThreadActor} (virtual threads, none while idle); the handle
 *       to one, {@link pykka.ActorRef}; the process-wide {@link pykka.ActorRegistry}.
 *   <li>Replies: {@link pykka.Future} and {@link pykka.ThreadingFuture}.
 *   <li>Proxies: {@link pykka.ActorProxy}, {@link pykka.CallableProxy}, typed proxies from {@link
 *       pykka.ActorRef#proxy(Class)}, and {@link pykka.Traversable} fields; the messages they send
 *       are in {@code pykka.messages}.
 *   <li>Errors: {@link pykka.PykkaException} and its subclasses; {@link pykka.DeadlockDetection}.
 *   <li>For tools: {@link pykka.RunningActors}, a read-only view of the running actors.
 * </ul>
 *
 * <p>Beside the API, the package holds package-private helpers that only its classes use: the
 * actor's message loop ({@code ActorLoop}), its log lines ({@code ActorLog}, {@code SafeText},
 * {@code UnprintableThrowable}), the reply future that takes part in deadlock detection ({@code
 * ReplyFuture}, {@code ReplyStage}), the waiters of a future ({@code FutureWaiters}) and timeouts
 * ({@code Timeouts}). The runtime ({@code pykka.internal.runtime}) and the proxy layer ({@code
 * pykka.internal.proxy}) are internal packages, exported to no module.
 *
 * <p>What pykka does, rule by rule, is written in {@code docs/behaviour.md}; the code cites those
 * rules by number.
 */
package pykka;
