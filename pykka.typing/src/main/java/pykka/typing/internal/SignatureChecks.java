package pykka.typing.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The checks of each signature the generated interface would get: that its types are resolved and
 * visible from the interface's package, and that no two members, nor a member and a method the
 * interface inherits, become the same method. Each broken rule is reported to the member as a
 * problem whose message says what to change.
 */
final class SignatureChecks {

  private final AnnotatedClass subject;

  /** The interface's method signatures (name and erased parameters) and who holds each. */
  private final Map<String, String> taken = new LinkedHashMap<>();

  /**
   * The checks of one class's signatures; none taken yet.
   *
   * @param subject the class, where problems are reported
   */
  SignatureChecks(AnnotatedClass subject) {
    this.subject = subject;
  }

  /** Takes the signatures the interface has before any member: Object's, and the mixin's. */
  void reserveInheritedSignatures() {
    if (subject.actor) {
      taken.put("stop()", "stop() of pykka.typing.ActorMemberMixin");
      taken.put("actorRef()", "actorRef() of pykka.typing.ActorMemberMixin");
    }
    TypeElement object = subject.elements.getTypeElement(Names.OBJECT);
    for (ExecutableElement method : ElementFilter.methodsIn(object.getEnclosedElements())) {
      Set<Modifier> modifiers = method.getModifiers();
      if (modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.PROTECTED)) {
        String signature =
            signature(method, method.getParameters().stream().map(Element::asType).toList());
        taken.put(signature, signature + " of java.lang.Object");
      }
    }
  }

  /**
   * Checks that the types of a signature are resolved (else the whole analysis waits for the next
   * round) and visible from the generated interface.
   *
   * @param signatureTypes the types the member's proxy method would use
   * @param member the member, or type parameter, using them
   * @param described the member as messages name it, e.g. {@code method run()}
   * @return whether all are visible
   * @throws UnresolvedType if a type is not resolved yet
   */
  boolean checkTypes(List<? extends TypeMirror> signatureTypes, Element member, String described) {
    TypeScan scan = TypeScan.of(signatureTypes);
    scan.unresolved()
        .ifPresent(
            unresolved -> {
              throw new UnresolvedType(unresolved);
            });
    for (TypeElement used : scan.classes()) {
      if (!isAccessible(used)) {
        subject.report(
            new Problem(
                subject.at(member),
                described
                    + " uses "
                    + used.getQualifiedName()
                    + ", which the generated interface in "
                    + (subject.pkg.isUnnamed() ? "the unnamed package" : "package " + subject.pkg)
                    + " cannot see; make that type public, or the member not public to "
                    + "leave it out of the proxy"));
        return false;
      }
    }
    return true;
  }

  private boolean isAccessible(TypeElement used) {
    for (Element element = used;
        element instanceof TypeElement typeElement;
        element = element.getEnclosingElement()) {
      Set<Modifier> modifiers = typeElement.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!modifiers.contains(Modifier.PUBLIC)
          && !subject.elements.getPackageOf(typeElement).equals(subject.pkg)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Takes a signature for a member, unless another member or an inherited method holds it.
   *
   * @param signature the interface method's name and erased parameters, e.g. {@code take(int)}
   * @param member the member that would become that method
   * @param described the member as messages name it
   * @return whether the signature was free
   */
  boolean reserve(String signature, Element member, String described) {
    String holder = taken.putIfAbsent(signature, described);
    if (holder == null) {
      return true;
    }
    subject.report(
        new Problem(
            subject.at(member),
            described
                + " would become "
                + signature
                + " in the generated interface, which "
                + holder
                + " already is; rename one of them, or make the member not public to leave it "
                + "out of the proxy"));
    return false;
  }

  /**
   * A method's signature as the interface would have it: name and erased parameters.
   *
   * @param method the method
   * @param parameters its parameter types, as seen from the annotated class
   * @return e.g. {@code take(int, java.lang.String)}
   */
  String signature(ExecutableElement method, List<? extends TypeMirror> parameters) {
    return method.getSimpleName()
        + "("
        + String.join(
            ", ", parameters.stream().map(p -> TypeNames.of(subject.types.erasure(p))).toList())
        + ")";
  }
}
