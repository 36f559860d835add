package pykka.typing.internal;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A reason why a proxy interface cannot be generated, reported as a compile error.
 *
 * @param element the element at fault, where the compiler shows the error
 * @param annotation the annotation at fault on that element, or {@code null}
 * @param message the error message
 */
record Problem(Element element, AnnotationMirror annotation, String message) {

  /**
   * A problem with an element.
   *
   * @param element the element at fault
   * @param message the error message
   */
  Problem(Element element, String message) {
    this(element, null, message);
  }
}
