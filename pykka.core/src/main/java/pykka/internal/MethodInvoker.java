package pykka.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

/**
 * One public method of an actor (or of a traversable object), ready to call: its method handle is
 * made once, adapted to {@code (Object target, Object[] args) -> Object}, and then invoked with
 * {@code invokeExact}, so a call repeats no reflection.
 */
public final class MethodInvoker {
  private final Method method;
  private final Class<?>[] parameterTypes;
  private final MethodHandle handle;

  MethodInvoker(Method method) {
    this.method = method;
    this.parameterTypes = method.getParameterTypes();
    try {
      if (!method.trySetAccessible()) {
        throw MemberAccessException.of(method.getDeclaringClass(), null);
      }
      MethodHandle mh = MethodHandles.lookup().unreflect(method);
      this.handle =
          mh.asSpreader(Object[].class, parameterTypes.length)
              .asType(MethodType.methodType(Object.class, Object.class, Object[].class));
    } catch (IllegalAccessException e) {
      throw MemberAccessException.of(method.getDeclaringClass(), e);
    }
  }

  /**
   * The method.
   *
   * @return the reflected method
   */
  public Method method() {
    return method;
  }

  /**
   * The name of the method.
   *
   * @return the name
   */
  public String name() {
    return method.getName();
  }

  Class<?>[] parameterTypes() {
    return parameterTypes;
  }

  /**
   * Calls the method. Whatever it throws is thrown as is.
   *
   * @param target the object to call it on
   * @param args the arguments, already checked against the parameter types
   * @return the return value, boxed; {@code null} for {@code void}
   * @throws Throwable what the method throws
   */
  public Object invoke(Object target, Object[] args) throws Throwable {
    return (Object) handle.invokeExact(target, args);
  }

  @Override
  public String toString() {
    return method.toGenericString();
  }
}
