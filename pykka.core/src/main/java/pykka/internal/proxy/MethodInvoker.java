package pykka.internal.proxy;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;

/**
 * One public method of an actor (or of a traversable object), ready to call: its method handle is
 * made once, of fixed arity, adapted to {@code (Object target, Object[] args) -> Object}, and then
 * invoked with {@code invokeExact}, so a call repeats no reflection. Its parameter and return types
 * are those the actor's class sees ({@link Generics}).
 *
 * <p>A varargs method has a second form, {@link #variableArity()}, which overload resolution picks
 * for a call by variable arity: its {@link #arguments} collects the trailing arguments into the
 * varargs array, as Java does.
 *
 * <p>A method of more parameters than a method handle can take (about 250 slots) is called through
 * reflection instead: still correct, only slower.
 *
 * <p>Thread safety: immutable.
 */
public final class MethodInvoker {
  private final Method method;
  private final Class<?>[] parameterTypes;
  private final Class<?> returnType;
  private final TypeVariable<?> openReturn;
  private final MethodHandle handle;
  private final Method reflective;
  private final Class<?> collectInto;
  private final MethodInvoker variableArity;

  /**
   * Makes the invoker.
   *
   * @param callable the method to call, as the actor's class has it (perhaps javac's bridge to a
   *     public method of a non-public superclass)
   * @param declared the method as declared, for its generic types and varargs flag
   * @param generics how the actor's class sees its members' types
   */
  MethodInvoker(Method callable, Method declared, Generics generics) {
    this.method = declared;
    this.parameterTypes = resolvedParameters(declared, generics);
    Class<?> erasedReturn = declared.getReturnType();
    Class<?> resolvedReturn = erasedReturn;
    TypeVariable<?> open = null;
    try {
      Type generic = declared.getGenericReturnType();
      Class<?> erased = generics.erase(generic);
      if (erasedReturn.isAssignableFrom(erased)) {
        resolvedReturn = erased;
        open = generics.open(generic);
      }
    } catch (RuntimeException | LinkageError malformedSignature) {
      // keep the erased type
    }
    this.returnType = resolvedReturn;
    this.openReturn = open;
    if (!callable.trySetAccessible()) {
      throw ProxyErrors.cannotAccess(callable.getDeclaringClass(), null);
    }
    MethodHandle mh = null;
    try {
      mh =
          MethodHandles.lookup()
              .unreflect(callable)
              .asFixedArity()
              .asSpreader(Object[].class, callable.getParameterCount())
              .asType(MethodType.methodType(Object.class, Object.class, Object[].class));
    } catch (IllegalAccessException e) {
      throw ProxyErrors.cannotAccess(callable.getDeclaringClass(), e);
    } catch (IllegalArgumentException tooManyParameters) {
      // A method handle has at most 255 slots, one of them taken by the receiver: reflection can
      // still call such a method.
    }
    this.handle = mh;
    this.reflective = mh == null ? callable : null;
    this.collectInto = null;
    this.variableArity =
        declared.isVarArgs() && parameterTypes.length > 0 ? new MethodInvoker(this) : null;
  }

  /** The variable-arity form of {@code fixed}. */
  private MethodInvoker(MethodInvoker fixed) {
    this.method = fixed.method;
    this.parameterTypes = fixed.parameterTypes;
    this.returnType = fixed.returnType;
    this.openReturn = fixed.openReturn;
    this.handle = fixed.handle;
    this.reflective = fixed.reflective;
    this.collectInto = parameterTypes[parameterTypes.length - 1].getComponentType();
    this.variableArity = this;
  }

  private static Class<?>[] resolvedParameters(Method declared, Generics generics) {
    Class<?>[] erased = declared.getParameterTypes();
    try {
      Type[] generic = declared.getGenericParameterTypes();
      if (generic.length != erased.length) {
        return erased;
      }
      Class<?>[] resolved = new Class<?>[erased.length];
      for (int i = 0; i < erased.length; i++) {
        Class<?> type = generics.erase(generic[i]);
        resolved[i] = erased[i].isAssignableFrom(type) ? type : erased[i];
      }
      return resolved;
    } catch (RuntimeException | LinkageError malformedSignature) {
      return erased;
    }
  }

  /**
   * The method as declared.
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

  /** The parameter types, as the actor's class sees them. Not to be modified. */
  Class<?>[] parameterTypes() {
    return parameterTypes;
  }

  /** The return type, as the actor's class sees it. */
  Class<?> returnType() {
    return returnType;
  }

  /** The type variable the return type is, when the actor's class leaves it open; or null. */
  TypeVariable<?> openReturn() {
    return openReturn;
  }

  /** Whether the method is declared with varargs. */
  boolean isVarArgs() {
    return variableArity != null;
  }

  /** The form that collects trailing arguments into the varargs array, or null if not varargs. */
  MethodInvoker variableArity() {
    return variableArity;
  }

  /**
   * The arguments to {@link #invoke} with, from a call's arguments: the same array for a call by
   * fixed arity; for a call by variable arity ({@link #variableArity()}), a new array whose last
   * element is the varargs array, collected from the trailing arguments (unboxed and widened for a
   * primitive component type).
   *
   * @param args the call's arguments, already checked by overload resolution
   * @return the arguments of the method
   */
  public Object[] arguments(Object[] args) {
    if (collectInto == null) {
      return args;
    }
    int fixed = parameterTypes.length - 1;
    Object varargs = Array.newInstance(collectInto, args.length - fixed);
    for (int i = fixed; i < args.length; i++) {
      Array.set(varargs, i - fixed, args[i]);
    }
    Object[] all = new Object[fixed + 1];
    System.arraycopy(args, 0, all, 0, fixed);
    all[fixed] = varargs;
    return all;
  }

  /**
   * Calls the method. Whatever it throws is thrown as is.
   *
   * @param target the object to call it on
   * @param args the method's arguments, from {@link #arguments}
   * @return the return value, boxed; {@code null} for {@code void}
   * @throws Throwable what the method throws
   */
  public Object invoke(Object target, Object[] args) throws Throwable {
    if (handle != null) {
      return (Object) handle.invokeExact(target, args);
    }
    try {
      return reflective.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public String toString() {
    return method.toGenericString();
  }
}
