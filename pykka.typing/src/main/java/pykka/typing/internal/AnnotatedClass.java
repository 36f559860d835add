package pykka.typing.internal;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The class under analysis, with what every step of the analysis needs to know of it (which
 * annotation asked for a proxy, its type, its package, the compilation's utilities), and the
 * problems found in it so far, in the order they were found.
 */
final class AnnotatedClass {

  /** The compilation's element utilities. */
  final Elements elements;

  /** The compilation's type utilities. */
  final Types types;

  /** The annotated class. */
  final TypeElement type;

  /**
   * {@code true} for {@code @GenerateProxy}, {@code false} for {@code GenerateTraversableProxy}.
   */
  final boolean actor;

  /** The qualified name of the annotation that asked for the proxy. */
  final String annotationName;

  /** That annotation as messages show it, e.g. {@code @GenerateProxy}. */
  final String annotation;

  /** The class's type, its type parameters as type arguments. */
  final DeclaredType self;

  /** The class's package, where the interface is generated. */
  final PackageElement pkg;

  private final List<Problem> problems = new ArrayList<>();

  /**
   * The class annotated for a proxy, no problem found yet.
   *
   * @param elements the compilation's element utilities
   * @param types the compilation's type utilities
   * @param type the class
   * @param actor {@code true} for {@code @GenerateProxy}, {@code false} for {@code
   *     GenerateTraversableProxy}
   */
  AnnotatedClass(Elements elements, Types types, TypeElement type, boolean actor) {
    this.elements = elements;
    this.types = types;
    this.type = type;
    this.actor = actor;
    this.annotationName = actor ? Names.GENERATE_PROXY : Names.GENERATE_TRAVERSABLE_PROXY;
    this.annotation = "@" + simpleName(annotationName);
    this.self = (DeclaredType) type.asType();
    this.pkg = elements.getPackageOf(type);
  }

  /**
   * Records a problem.
   *
   * @param problem why the proxy cannot be generated
   */
  void report(Problem problem) {
    problems.add(problem);
  }

  /**
   * The problems found so far, in the order found.
   *
   * @return the problems, empty if none
   */
  List<Problem> problems() {
    return problems;
  }

  /**
   * Where to report a problem with a member: on it if declared here, else on the class.
   *
   * @param member a member of the class, declared or inherited
   * @return the element to report the problem on
   */
  Element at(Element member) {
    return member.getEnclosingElement().equals(type) ? member : type;
  }

  /**
   * What a message adds to a member's description to say where it comes from.
   *
   * @param member a member of the class, declared or inherited
   * @return empty if declared here, else {@code " (inherited from Owner)"}
   */
  String inherited(Element member) {
    Element owner = member.getEnclosingElement();
    return owner.equals(type) ? "" : " (inherited from " + owner + ")";
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
