package pykka.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * One public field of an actor (or of a traversable object), with its getter and setter handles
 * made once.
 */
public final class FieldAccessor {
  private final Field field;
  private final MethodHandle getter;
  private final MethodHandle setter;
  private final boolean traversableField;

  FieldAccessor(Field field, boolean traversableField) {
    this.field = field;
    this.traversableField = traversableField;
    boolean isStatic = Modifier.isStatic(field.getModifiers());
    try {
      if (!field.trySetAccessible()) {
        throw MemberAccessException.of(field.getDeclaringClass(), null);
      }
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle get = lookup.unreflectGetter(field);
      MethodHandle set = Modifier.isFinal(field.getModifiers()) ? null : lookup.unreflectSetter(field);
      if (isStatic) {
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
      throw MemberAccessException.of(field.getDeclaringClass(), e);
    }
  }

  /**
   * The field.
   *
   * @return the reflected field
   */
  public Field field() {
    return field;
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
   * Whether the field itself is annotated {@code @Traversable} (the class of its value may make it
   * traversable too: see {@link #isTraversable(Object)}).
   *
   * @return whether the field is annotated
   */
  public boolean annotatedTraversable() {
    return traversableField;
  }

  /**
   * Whether the field, holding {@code value}, is traversable: the field is annotated, or the class
   * of its value (or its declared type when the value is {@code null}) is.
   *
   * @param value the field's current value
   * @return whether it can be traversed
   */
  public boolean isTraversable(Object value) {
    if (traversableField) {
      return true;
    }
    Class<?> type = value != null ? value.getClass() : field.getType();
    return MemberTable.isTraversableClass(type);
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
   * Writes the field.
   *
   * @param target the object holding it (ignored for a static field)
   * @param value the new value
   * @throws IllegalArgumentException if the field is final or the value does not fit its type
   */
  public void set(Object target, Object value) {
    if (setter == null) {
      throw new IllegalArgumentException("field '" + name() + "' is final and cannot be written");
    }
    Class<?> type = field.getType();
    if (!Types.accepts(type, value)) {
      throw new IllegalArgumentException(
          "field '"
              + name()
              + "' is of type "
              + type.getTypeName()
              + " and cannot take "
              + Types.describe(value));
    }
    try {
      setter.invokeExact(target, value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
