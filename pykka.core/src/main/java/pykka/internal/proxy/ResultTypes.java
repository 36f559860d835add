package pykka.internal.proxy;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import pykka.internal.proxy.TypedBinding.Mode;

/**
 * Whether a typed-proxy method can return what an actor's member gives back, checked when the proxy
 * is created: a blocking method's return type, or a {@code Future<T>}'s type argument, must be one
 * the boxed result is assignable to ({@code Future<?>}, a raw {@code Future} and {@code
 * Future<Object>} take anything). A type variable of the interface counts as its bound.
 *
 * <p>When the actor's member returns a type variable its class leaves open ({@code <T> T echo(T)}),
 * the type is what Java would infer at the call: from the interface method's arguments passed where
 * the member takes that variable, else from the expected type, which must then be castable to the
 * variable's bound.
 */
final class ResultTypes {
  private ResultTypes() {}

  /**
   * Why {@code method} cannot return the result, or {@code null} if it can.
   *
   * @param method the interface method
   * @param apiTypes how the interface sees its members' types
   * @param mode how the method waits
   * @param what the start of the message: {@code "the actor's method returns"}
   * @param actual the result's type, as the actor's class sees it
   * @param open the type variable the result's type is, if left open; or {@code null}
   * @param actorParameters the actor method's generic parameter types, or {@code null}
   * @param apiParameters the interface method's parameter types
   * @return the problem, or {@code null}
   */
  static String problem(
      Method method,
      Generics apiTypes,
      Mode mode,
      String what,
      Class<?> actual,
      TypeVariable<?> open,
      Type[] actorParameters,
      Class<?>[] apiParameters) {
    if (mode == Mode.TELL) {
      return null;
    }
    boolean future = mode == Mode.ASYNC;
    Type expected;
    if (future) {
      if (!(method.getGenericReturnType() instanceof ParameterizedType p)) {
        return null;
      }
      expected = p.getActualTypeArguments()[0];
      if (expected instanceof WildcardType w && w.getLowerBounds().length > 0) {
        return null;
      }
    } else {
      expected = method.getGenericReturnType();
    }
    Class<?> wanted = Types.box(apiTypes.erase(expected));
    if (wanted == Object.class || fits(wanted, actual, open, actorParameters, apiParameters)) {
      return null;
    }
    String expectedName = future ? apiTypes.name(expected) : apiTypes.erase(expected).getTypeName();
    return ProxyErrors.wrongResult(what, actual, expectedName, future);
  }

  private static boolean fits(
      Class<?> wanted,
      Class<?> actual,
      TypeVariable<?> open,
      Type[] actorParameters,
      Class<?>[] apiParameters) {
    if (open == null) {
      return wanted.isAssignableFrom(Types.box(actual));
    }
    boolean inferred = false;
    if (actorParameters != null) {
      for (int i = 0; i < actorParameters.length && i < apiParameters.length; i++) {
        if (open.equals(actorParameters[i])) {
          inferred = true;
          if (!wanted.isAssignableFrom(Types.box(apiParameters[i]))) {
            return false;
          }
        }
      }
    }
    return inferred || Types.castable(wanted, actual);
  }
}
