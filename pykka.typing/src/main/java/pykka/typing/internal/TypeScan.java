package pykka.typing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ErrorType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.SimpleTypeVisitor14;

/**
 * The classes a type mentions (itself, its type arguments, array components, wildcard bounds, the
 * outer classes of a parameterised inner class), and whether any of them is not resolved yet.
 */
final class TypeScan {

  private final List<TypeElement> classes = new ArrayList<>();
  private String unresolved;

  private TypeScan() {}

  /**
   * Scans types.
   *
   * @param types the types of one signature
   * @return what they mention
   */
  static TypeScan of(List<? extends TypeMirror> types) {
    TypeScan scan = new TypeScan();
    Visitor visitor = scan.new Visitor();
    for (TypeMirror type : types) {
      type.accept(visitor, null);
    }
    return scan;
  }

  /** The classes mentioned, outermost first, possibly repeated. */
  List<TypeElement> classes() {
    return classes;
  }

  /** The source text of the first type that is not resolved (an error type), if any. */
  Optional<String> unresolved() {
    return Optional.ofNullable(unresolved);
  }

  private final class Visitor extends SimpleTypeVisitor14<Void, Void> {

    @Override
    public Void visitError(ErrorType type, Void unused) {
      if (unresolved == null) {
        unresolved = type.toString();
      }
      return null;
    }

    @Override
    public Void visitDeclared(DeclaredType type, Void unused) {
      classes.add((TypeElement) type.asElement());
      type.getEnclosingType().accept(this, null);
      for (TypeMirror argument : type.getTypeArguments()) {
        argument.accept(this, null);
      }
      return null;
    }

    @Override
    public Void visitArray(ArrayType type, Void unused) {
      return type.getComponentType().accept(this, null);
    }

    @Override
    public Void visitWildcard(WildcardType type, Void unused) {
      if (type.getExtendsBound() != null) {
        type.getExtendsBound().accept(this, null);
      }
      if (type.getSuperBound() != null) {
        type.getSuperBound().accept(this, null);
      }
      return null;
    }

    @Override
    public Void visitIntersection(IntersectionType type, Void unused) {
      for (TypeMirror bound : type.getBounds()) {
        bound.accept(this, null);
      }
      return null;
    }

    @Override
    public Void visitTypeVariable(TypeVariable type, Void unused) {
      // Only the actor's own type parameters appear here; their bounds are scanned on their own.
      return null;
    }
  }
}
