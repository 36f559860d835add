package pykka.typing.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads annotations by qualified name, so that the annotation classes need not be loaded. */
final class Annotations {

  private Annotations() {}

  /**
   * The annotation of the given type among {@code mirrors}.
   *
   * @param mirrors an element's annotations
   * @param qualifiedName the annotation type's qualified name
   * @return the annotation, if present
   */
  static Optional<AnnotationMirror> find(
      List<? extends AnnotationMirror> mirrors, String qualifiedName) {
    for (AnnotationMirror mirror : mirrors) {
      TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotationType.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /**
   * The value an annotation gives explicitly to one of its elements.
   *
   * @param mirror the annotation
   * @param elementName the annotation element's name, e.g. {@code name}
   * @return the explicit value, if any (a default value is not returned)
   */
  static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String elementName) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(elementName)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }
}
