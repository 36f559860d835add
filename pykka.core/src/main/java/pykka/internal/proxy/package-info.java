/**
 * The proxy layer, internal to {@code pykka.core} (not exported): how a proxy finds an actor's
 * members and turns a call, a field read or a field write into a message.
 *
 * <ul>
 *   <li>What a proxy exposes of a class ({@link pykka.internal.proxy.MemberTable}) and the rules of
 *       member access, in one place ({@link pykka.internal.proxy.MemberRules}, {@link
 *       pykka.internal.proxy.MemberPath}): finding a member by name, traversing a field, checking a
 *       field write (rules 33 to 39).
 *   <li>The one overload resolver, in Java's three phases ({@link pykka.internal.proxy.Overloads},
 *       {@link pykka.internal.proxy.Types}, {@link pykka.internal.proxy.Generics}; rule 36) and the
 *       ready-to-call members ({@link pykka.internal.proxy.MethodInvoker}, {@link
 *       pykka.internal.proxy.FieldAccessor}).
 *   <li>The messages the proxies send ({@link pykka.internal.proxy.ProxyMessage}), and the handling
 *       of the public {@code pykka.messages} records built by hand ({@link
 *       pykka.internal.proxy.HandBuiltMessages}; rule 8).
 *   <li>Typed proxies: the shape of an interface against an actor class, checked once ({@link
 *       pykka.internal.proxy.TypedShape}, {@link pykka.internal.proxy.ResultTypes}; rule 40), and
 *       the {@link java.lang.reflect.Proxy} that sends its messages ({@link
 *       pykka.internal.proxy.TypedProxies}; rule 41).
 *   <li>Every error message of the proxies, written once ({@link
 *       pykka.internal.proxy.ProxyErrors}).
 * </ul>
 *
 * <p>Who may use it: the classes of {@code pykka} ({@code ActorProxy}, {@code CallableProxy},
 * {@code ActorRef}'s typed proxies, and {@code Actor}, which hands proxy messages here). It uses
 * only {@code pykka}'s public API, and never the actor runtime of {@code pykka.internal.runtime}:
 * the two packages do not know each other.
 */
package pykka.internal.proxy;
