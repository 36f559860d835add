package pykka.typing.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ErrorType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.SimpleTypeVisitor14;

/**
 * Writes a type as Java source: classes by their canonical names (so generated code needs no
 * imports and cannot be confused by them), type arguments, arrays, type variables and wildcards;
 * type annotations are dropped.
 */
final class TypeNames {

  private static final Visitor VISITOR = new Visitor();

  private TypeNames() {}

  /**
   * The source text of a type.
   *
   * @param type a type that can appear in a member's signature
   * @return its source text
   */
  static String of(TypeMirror type) {
    return type.accept(VISITOR, null);
  }

  /**
   * The source text of a list of types, separated by {@code ", "}.
   *
   * @param types the types
   * @return their source text
   */
  static String of(List<? extends TypeMirror> types) {
    return types.stream().map(TypeNames::of).collect(Collectors.joining(", "));
  }

  private static final class Visitor extends SimpleTypeVisitor14<String, Void> {

    @Override
    protected String defaultAction(TypeMirror type, Void unused) {
      // Primitives, void, and error types (never written: the processor defers those).
      return type.getKind() == TypeKind.VOID
          ? "void"
          : type.getKind().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String visitError(ErrorType type, Void unused) {
      return type.toString();
    }

    @Override
    public String visitDeclared(DeclaredType type, Void unused) {
      TypeElement element = (TypeElement) type.asElement();
      String name;
      if (type.getEnclosingType() instanceof DeclaredType outer
          && !outer.getTypeArguments().isEmpty()) {
        // An inner class of a parameterised class: Outer<String>.Inner.
        name = visitDeclared(outer, null) + "." + element.getSimpleName();
      } else {
        name = element.getQualifiedName().toString();
      }
      List<? extends TypeMirror> arguments = type.getTypeArguments();
      return arguments.isEmpty() ? name : name + "<" + of(arguments) + ">";
    }

    @Override
    public String visitArray(ArrayType type, Void unused) {
      return of(type.getComponentType()) + "[]";
    }

    @Override
    public String visitTypeVariable(TypeVariable type, Void unused) {
      return type.asElement().getSimpleName().toString();
    }

    @Override
    public String visitWildcard(WildcardType type, Void unused) {
      if (type.getExtendsBound() != null) {
        return "? extends " + of(type.getExtendsBound());
      }
      if (type.getSuperBound() != null) {
        return "? super " + of(type.getSuperBound());
      }
      return "?";
    }

    @Override
    public String visitIntersection(IntersectionType type, Void unused) {
      return type.getBounds().stream().map(TypeNames::of).collect(Collectors.joining(" & "));
    }
  }
}
