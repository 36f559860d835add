package pykka.internal.proxy;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;

/** What one method of a typed-proxy interface does, decided once per actor class and interface. */
sealed interface TypedBinding {

  /** How a call waits for the actor. */
  enum Mode {
    /** Returns the future at once (the method returns {@code Future}). */
    ASYNC,
    /** Sends with tell semantics (the method returns {@code void}). */
    TELL,
    /** Waits for the reply and returns it (any other return type). */
    BLOCKING
  }

  /** Calls an actor method; {@code method} is its variable-arity form for a call by varargs. */
  record Call(MethodInvoker method, Mode mode) implements TypedBinding {}

  /** Reads a field. */
  record Read(FieldAccessor field, Mode mode) implements TypedBinding {}

  /** Writes a field; each value is checked by {@link MemberRules#checkWrite} before it is sent. */
  record Write(FieldAccessor field, Mode mode) implements TypedBinding {}

  /** Returns the nested typed proxy of a traversable field, made when the outer proxy is. */
  record Nested(FieldAccessor field, Class<?> api) implements TypedBinding {}

  /** {@code actorRef()}: answered locally. */
  record Ref() implements TypedBinding {}

  /**
   * A {@code default} method: runs on the caller's thread.
   *
   * @param method the interface method
   * @param handle {@code (Object proxy, Object[] args) -> Object}, or {@code null} when the
   *     interface's package is not open to pykka.core (then {@code InvocationHandler.invokeDefault}
   *     is used, which works for public interfaces)
   */
  record Default(Method method, MethodHandle handle) implements TypedBinding {}
}
