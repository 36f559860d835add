package pykka.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pykka.Traversable;

/**
 * What a proxy exposes of one class: its public instance methods (grouped by name, overloads
 * together) and its public fields, found once per class and cached ({@link #of}).
 *
 * <p>From pykka's own classes ({@code Actor}, {@code ThreadingActor}, {@code VirtualThreadActor})
 * and from {@code Object} only {@code stop()} is exposed, so {@code proxy.call("stop")} works as
 * Pykka's {@code proxy.stop()}.
 *
 * <p>Thread safety: immutable once built; {@link #of} may be called from any thread.
 */
public final class MemberTable {

  private static final Set<String> PYKKA_CLASSES =
      Set.of("pykka.Actor", "pykka.ThreadingActor", "pykka.VirtualThreadActor");

  private static final ClassValue<MemberTable> CACHE =
      new ClassValue<>() {
        @Override
        protected MemberTable computeValue(Class<?> type) {
          return new MemberTable(type);
        }
      };

  private final Class<?> type;
  private final Map<String, List<MethodInvoker>> methods;
  private final Map<String, FieldAccessor> fields;
  private final RuntimeException accessFailure;

  private MemberTable(Class<?> type) {
    this.type = type;
    Map<String, List<MethodInvoker>> ms = new LinkedHashMap<>();
    Map<String, FieldAccessor> fs = new LinkedHashMap<>();
    RuntimeException failure = null;
    try {
      for (Method m : type.getMethods()) {
        if (exposed(m)) {
          ms.computeIfAbsent(m.getName(), k -> new ArrayList<>()).add(new MethodInvoker(m));
        }
      }
      for (Field f : type.getFields()) {
        if (!f.isSynthetic() && !fs.containsKey(f.getName())) {
          fs.put(f.getName(), new FieldAccessor(f, f.isAnnotationPresent(Traversable.class)));
        }
      }
    } catch (IllegalStateException e) {
      failure = e;
    }
    ms.replaceAll((k, v) -> List.copyOf(v));
    this.methods = Collections.unmodifiableMap(ms);
    this.fields = Collections.unmodifiableMap(fs);
    this.accessFailure = failure;
  }

  /**
   * The members of {@code type}, computed once per class.
   *
   * @param type the class
   * @return its member table
   * @throws IllegalStateException if pykka may not reflect into the class's module
   */
  public static MemberTable of(Class<?> type) {
    MemberTable table = CACHE.get(type);
    if (table.accessFailure != null) {
      throw table.accessFailure;
    }
    return table;
  }

  /**
   * Whether instances of {@code type} are traversable: it or a superclass is annotated {@link
   * Traversable}.
   *
   * @param type the class
   * @return whether it is traversable
   */
  public static boolean isTraversableClass(Class<?> type) {
    return type.isAnnotationPresent(Traversable.class)
        || (type.getSuperclass() != null && isTraversableClass(type.getSuperclass()));
  }

  private static boolean exposed(Method m) {
    if (Modifier.isStatic(m.getModifiers()) || m.isBridge() || m.isSynthetic()) {
      return false;
    }
    Class<?> declaring = m.getDeclaringClass();
    if (declaring == Object.class) {
      return false;
    }
    if (PYKKA_CLASSES.contains(declaring.getName())) {
      return isStop(m);
    }
    // A user's override of a hook, or of toString/equals/hashCode, is pykka's or Object's member
    // all the same: hidden, as Python's dunder and underscore names are.
    for (Class<?> c = declaring.getSuperclass(); c != null; c = c.getSuperclass()) {
      if (c == Object.class || PYKKA_CLASSES.contains(c.getName())) {
        try {
          c.getDeclaredMethod(m.getName(), m.getParameterTypes());
          return isStop(m);
        } catch (NoSuchMethodException e) {
          // not declared there: look further up
        }
      }
    }
    return true;
  }

  private static boolean isStop(Method m) {
    return m.getName().equals("stop") && m.getParameterCount() == 0;
  }

  /**
   * The class these members belong to.
   *
   * @return the class
   */
  public Class<?> type() {
    return type;
  }

  /**
   * The overloads of a public method, or an empty list.
   *
   * @param name the method name
   * @return its overloads
   */
  public List<MethodInvoker> methods(String name) {
    return methods.getOrDefault(name, List.of());
  }

  /**
   * The public field of this name, or {@code null}.
   *
   * @param name the field name
   * @return the field, or {@code null}
   */
  public FieldAccessor field(String name) {
    return fields.get(name);
  }

  /**
   * Every public field, in declaration order.
   *
   * @return the fields
   */
  public Iterable<FieldAccessor> fields() {
    return fields.values();
  }

  /**
   * Whether {@code name} is a member of this class at all, public or not, for error messages.
   *
   * @param name the name
   * @return whether a non-public member of that name exists
   */
  public boolean hasNonPublicMember(String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(name) && !Modifier.isPublic(m.getModifiers())) {
          return true;
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (f.getName().equals(name) && !Modifier.isPublic(f.getModifiers())) {
          return true;
        }
      }
    }
    return false;
  }
}
