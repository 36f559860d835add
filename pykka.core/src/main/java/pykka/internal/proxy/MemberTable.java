package pykka.internal.proxy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pykka.Traversable;

/**
 * What a proxy exposes of one class: what Java code outside its package could use. That is its
 * public instance methods (grouped by name, overloads together), public methods of a non-public
 * superclass included (javac's bridges lead to them), but not the bridges javac makes for generics
 * or covariant returns; and its public fields, instance or static, but not one that a non-public
 * field of a subclass hides. Parameter, return and field types are those the class sees ({@link
 * Generics}). Found once per class and cached ({@link #of}). Rule 33.
 *
 * <p>From pykka's own classes ({@code Actor}, {@code ThreadingActor}, {@code VirtualThreadActor})
 * and from {@code Object} only {@code stop()} is exposed, so {@code proxy.call("stop")} works as
 * Pykka's {@code proxy.stop()} (rule 34).
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
      Generics generics = Generics.of(type);
      for (Method m : type.getMethods()) {
        Method declared = declaration(m);
        if (declared != null && exposed(declared)) {
          add(ms.computeIfAbsent(m.getName(), k -> new ArrayList<>()), m, declared, generics);
        }
      }
      for (Field f : type.getFields()) {
        if (!f.isSynthetic() && !fs.containsKey(f.getName()) && !hiddenByNonPublic(type, f)) {
          fs.put(f.getName(), new FieldAccessor(f, generics));
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
   * The declaration behind a public method of the class: the method itself, or, for a bridge javac
   * made, the superclass method it stands for. A bridge that makes a public method of a non-public
   * superclass callable from outside its package so stands for that method; a generic or
   * covariant-return bridge stands for a method that {@link #add} finds overridden (its parameter
   * types, as the class sees them, are those of the override), so it adds nothing. A bridge to
   * nothing public in a superclass (one for a generic interface) is {@code null}.
   */
  private static Method declaration(Method m) {
    if (Modifier.isStatic(m.getModifiers())) {
      return null;
    }
    if (!m.isBridge() && !m.isSynthetic()) {
      return m;
    }
    for (Class<?> c = m.getDeclaringClass().getSuperclass(); c != null; c = c.getSuperclass()) {
      Method above;
      try {
        above = c.getDeclaredMethod(m.getName(), m.getParameterTypes());
      } catch (NoSuchMethodException e) {
        continue;
      }
      if (!above.isBridge() && !above.isSynthetic()) {
        return Modifier.isPublic(above.getModifiers()) ? above : null;
      }
    }
    return null;
  }

  /**
   * Adds an overload, unless one with the same parameter types (as this class sees them) from a
   * subclass of its declaring class is there already: an override hides what it overrides. Two
   * declared by the same class stay, and make a call ambiguous, as in Java.
   */
  private static void add(List<MethodInvoker> overloads, Method m, Method declared, Generics g) {
    MethodInvoker invoker = new MethodInvoker(m, declared, g);
    Class<?> owner = declared.getDeclaringClass();
    for (int i = 0; i < overloads.size(); i++) {
      MethodInvoker other = overloads.get(i);
      Class<?> otherOwner = other.method().getDeclaringClass();
      if (otherOwner != owner && Arrays.equals(other.parameterTypes(), invoker.parameterTypes())) {
        if (otherOwner.isAssignableFrom(owner)) {
          overloads.set(i, invoker);
          return;
        }
        if (owner.isAssignableFrom(otherOwner)) {
          return;
        }
      }
    }
    overloads.add(invoker);
  }

  /**
   * Whether a non-public field of {@code type} or of a superclass below {@code f}'s class hides
   * {@code f}: then Java code outside cannot reach {@code f} through {@code type}.
   */
  private static boolean hiddenByNonPublic(Class<?> type, Field f) {
    for (Class<?> c = type; c != null && c != f.getDeclaringClass(); c = c.getSuperclass()) {
      try {
        if (!Modifier.isPublic(c.getDeclaredField(f.getName()).getModifiers())) {
          return true;
        }
      } catch (NoSuchFieldException e) {
        // not declared here: look further up
      }
    }
    return false;
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
