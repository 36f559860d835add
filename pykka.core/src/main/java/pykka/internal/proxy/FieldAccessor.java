package pykka.internal.proxy;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import pykka.Traversable;

/**
 * One public field of an actor (or of a traversable object), with its getter and setter handles
 * made once, and its type as the class holding it sees it. Whether a value may be written is
 * decided by {@link MemberRules}; {@link #set} only writes.
 *
 * <p>Thread safety: immutable; {@link #get} and {@link #set} touch the field as plain code would.
 */
public final class FieldAccessor {
  private final Field field;
  private final Class<?> type;
  private final TypeVariable<?> openType;
  private final MethodHandle getter;
  private final MethodHandle setter;
  private final boolean annotated;

  FieldAccessor(Field field, Generics generics) {
    this.field = field;
    this.annotated = field.isAnnotationPresent(Traversable.class);
    Class<?> resolved = field.getType();
    TypeVariable<?> open = null;
    try {
      Type generic = field.getGenericType();
      Class<?> erased = generics.erase(generic);
      if (resolved.isAssignableFrom(erased)) {
        resolved = erased;
        open = generics.open(generic);
      }
    } catch (RuntimeException | LinkageError malformedSignature) {
      // keep the erased type
    }
    this.type = resolved;
    this.openType = open;
    try {
      if (!field.trySetAccessible()) {
        throw ProxyErrors.cannotAccess(field.getDeclaringClass(), null);
      }
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle get = lookup.unreflectGetter(field);
      MethodHandle set =
          Modifier.isFinal(field.getModifiers()) ? null : lookup.unreflectSetter(field);
      if (Modifier.isStatic(field.getModifiers())) {
        get = MethodHandles.dropArguments(get, 0, Object.class);
        if (set != null) {
          set = MethodHandles.dropArguments(set, 0, Object.class);
        }
      }
      this.getter = get.asType(MethodType.methodType(Object.class, Object.class));
      this.setter =
          set == null
              ? null
              : set.asType(MethodType.methodType(void.class, Object.class, Object.class));
    } catch (IllegalAccessException e) {
      throw ProxyErrors.cannotAccess(field.getDeclaringClass(), e);
    }
  }

  /**
   * The field's name.
   *
   * @return the name
   */
  public String name() {
    return field.getName();
  }

  /**
   * The field's type as the actor's class sees it: {@code String} for a field {@code T value} of
   * {@code Base<T>} in {@code Sub extends Base<String>}.
   *
   * @return the type
   */
  public Class<?> type() {
    return type;
  }

  /** The type variable the field's type is, when the actor's class leaves it open; or null. */
  TypeVariable<?> openType() {
    return openType;
  }

  /**
   * Whether the field, holding {@code value}, is traversable: the field is annotated {@link
   * Traversable}, or the class of its value (or its declared type when the value is {@code null})
   * is.
   *
   * @param value the field's current value
   * @return whether it can be traversed
   */
  public boolean isTraversable(Object value) {
    return annotated || MemberTable.isTraversableClass(value != null ? value.getClass() : type);
  }

  /** Whether the field is traversable whatever it holds: annotated, or its type's class is. */
  boolean isDeclaredTraversable() {
    return annotated || MemberTable.isTraversableClass(type);
  }

  /**
   * Whether the field is {@code final}, and so cannot be written.
   *
   * @return whether it is final
   */
  public boolean isFinal() {
    return setter == null;
  }

  /**
   * Reads the field.
   *
   * @param target the object holding it (ignored for a static field)
   * @return its value, boxed
   */
  public Object get(Object target) {
    try {
      return (Object) getter.invokeExact(target);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /**
   * Writes the field. The value must have passed {@link MemberRules#checkWrite}.
   *
   * @param target the object holding it (ignored for a static field)
   * @param value the new value
   */
  public void set(Object target, Object value) {
    try {
      setter.invokeExact(target, value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  @Override
  public String toString() {
    return field.toGenericString();
  }
}
