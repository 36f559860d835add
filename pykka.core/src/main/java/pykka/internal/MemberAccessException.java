package pykka.internal;

/** Thrown when pykka.core may not reflect into a class's module; the message says what to open. */
final class MemberAccessException {
  private MemberAccessException() {}

  static IllegalStateException of(Class<?> type, Throwable cause) {
    Module module = type.getModule();
    String pkg = type.getPackageName();
    String hint =
        module.isNamed()
            ? " Add 'opens " + pkg + " to pykka.core;' to the module-info of " + module.getName() + "."
            : "";
    return new IllegalStateException(
        "pykka cannot access the public members of " + type.getName() + "." + hint, cause);
  }
}
