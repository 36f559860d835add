package pykka.typing.internal;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Tells which fields the generated interface traverses: a field pykka.core treats as traversable
 * (the field or its value's class annotated {@code @Traversable}) whose value's class is annotated
 * {@code @GenerateTraversableProxy} becomes a method returning that class's generated interface;
 * any other field is read.
 */
final class TraversableFields {

  private final Elements elements;

  /**
   * The traversable fields of one compilation.
   *
   * @param elements the compilation's element utilities
   */
  TraversableFields(Elements elements) {
    this.elements = elements;
  }

  /**
   * The nested proxy type of a traversable field whose class is annotated, as source text.
   *
   * @param field the field
   * @param fieldType its type, as seen from the annotated class
   * @return the nested interface with the field's type arguments, or empty if the field is read
   */
  Optional<String> nestedProxy(VariableElement field, TypeMirror fieldType) {
    if (fieldType.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    DeclaredType declared = (DeclaredType) fieldType;
    TypeElement valueClass = (TypeElement) declared.asElement();
    boolean traversable =
        Annotations.find(field.getAnnotationMirrors(), Names.TRAVERSABLE).isPresent()
            || isTraversableClass(valueClass);
    boolean annotated =
        Annotations.find(valueClass.getAnnotationMirrors(), Names.GENERATE_TRAVERSABLE_PROXY)
            .isPresent();
    if (!traversable || !annotated) {
      return Optional.empty();
    }
    String packageName = elements.getPackageOf(valueClass).getQualifiedName().toString();
    String simple = ProxyAnalyzer.proxyName(valueClass, Names.GENERATE_TRAVERSABLE_PROXY);
    String name = packageName.isEmpty() ? simple : packageName + "." + simple;
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    return Optional.of(arguments.isEmpty() ? name : name + "<" + TypeNames.of(arguments) + ">");
  }

  /** Whether the class or a superclass is annotated {@code @Traversable}, as pykka.core asks. */
  private static boolean isTraversableClass(TypeElement valueClass) {
    for (TypeElement c = valueClass; c != null; ) {
      if (Annotations.find(c.getAnnotationMirrors(), Names.TRAVERSABLE).isPresent()) {
        return true;
      }
      TypeMirror superclass = c.getSuperclass();
      c =
          superclass.getKind() == TypeKind.DECLARED
              ? (TypeElement) ((DeclaredType) superclass).asElement()
              : null;
    }
    return false;
  }
}
