package pykka.typing.internal;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides what interface to generate for an annotated class, following the rules written in {@link
 * pykka.typing.GenerateProxy}, or why none can be. The steps, in order: the checks of the class
 * itself ({@link ClassChecks}), its type parameters, then the scan of its members ({@link
 * MemberScan}), each signature checked ({@link SignatureChecks}). Problems are collected, so that
 * one compilation reports all of them.
 */
final class ProxyAnalyzer {

  private final Elements elements;
  private final Types types;

  /**
   * An analyzer for one compilation.
   *
   * @param elements the compilation's element utilities
   * @param types the compilation's type utilities
   */
  ProxyAnalyzer(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * Analyses an annotated class.
   *
   * @param type the class
   * @param actor {@code true} for {@code @GenerateProxy}, {@code false} for {@code
   *     GenerateTraversableProxy}
   * @return the interface to write, a wait for unresolved types, or the problems
   */
  Outcome analyze(TypeElement type, boolean actor) {
    try {
      return analyze(new AnnotatedClass(elements, types, type, actor));
    } catch (UnresolvedType unresolved) {
      return new Outcome.Deferred(unresolved.type);
    }
  }

  /**
   * The simple name of the interface generated for a class annotated {@code annotationName}: the
   * annotation's {@code name}, or the class's simple name followed by {@code Proxy}.
   *
   * @param type the annotated class
   * @param annotationName the annotation's qualified name
   * @return the interface's simple name
   */
  static String proxyName(TypeElement type, String annotationName) {
    return Annotations.find(type.getAnnotationMirrors(), annotationName)
        .flatMap(mirror -> Annotations.explicitValue(mirror, "name"))
        .map(value -> value.getValue().toString())
        .filter(name -> !name.isEmpty())
        .orElse(type.getSimpleName() + Names.DEFAULT_SUFFIX);
  }

  private static Outcome analyze(AnnotatedClass subject) {
    ClassChecks classChecks = new ClassChecks(subject);
    if (!classChecks.checkKind()) {
      return new Outcome.Failed(subject.problems());
    }
    classChecks.checkAccess();
    List<TypeElement> classes = classChecks.checkHierarchy();
    String name = classChecks.checkName();
    SignatureChecks signatures = new SignatureChecks(subject);
    List<String> typeParameters = new ArrayList<>();
    List<String> typeParameterNames = new ArrayList<>();
    for (TypeParameterElement parameter : subject.type.getTypeParameters()) {
      typeParameterNames.add(parameter.getSimpleName().toString());
      typeParameters.add(typeParameter(parameter, signatures));
    }
    signatures.reserveInheritedSignatures();
    List<ProxySpec.Member> members = new MemberScan(subject, signatures).scan(classes);
    if (!subject.problems().isEmpty()) {
      return new Outcome.Failed(subject.problems());
    }
    ProxySpec spec =
        new ProxySpec(
            subject.type,
            subject.pkg.getQualifiedName().toString(),
            name,
            typeParameters,
            typeParameterNames,
            subject.actor,
            members);
    return new Outcome.Ready(spec);
  }

  /** A type parameter of the interface as source text, its bounds checked. */
  private static String typeParameter(TypeParameterElement parameter, SignatureChecks signatures) {
    List<? extends TypeMirror> bounds = parameter.getBounds();
    signatures.checkTypes(bounds, parameter, "type parameter " + parameter.getSimpleName());
    boolean onlyObject = bounds.size() == 1 && TypeNames.of(bounds.get(0)).equals(Names.OBJECT);
    if (bounds.isEmpty() || onlyObject) {
      return parameter.getSimpleName().toString();
    }
    return parameter.getSimpleName()
        + " extends "
        + String.join(" & ", bounds.stream().map(TypeNames::of).toList());
  }
}
