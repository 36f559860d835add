package pykka.typing.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The scan of the annotated class's members for the ones the generated interface exposes: each
 * public instance method the class declares or inherits (not those of pykka's base classes or
 * {@code Object}, nor those overriding them) becomes a call, and each public field Java code
 * reaches by its name becomes a read or a traversal. Members whose signatures fail the checks are
 * left out, their problems reported.
 */
final class MemberScan {

  private final AnnotatedClass subject;
  private final SignatureChecks signatures;
  private final TraversableFields traversableFields;
  private final List<ProxySpec.Member> members = new ArrayList<>();

  /**
   * A scan of one class's members.
   *
   * @param subject the class, where problems are reported
   * @param signatures the checks of the class's signatures, the inherited ones taken already
   */
  MemberScan(AnnotatedClass subject, SignatureChecks signatures) {
    this.subject = subject;
    this.signatures = signatures;
    this.traversableFields = new TraversableFields(subject.elements);
  }

  /**
   * Scans the members of the class's own classes and of all their interfaces.
   *
   * @param classes the class's own classes, topmost first
   * @return the interface's members, in the order of the classes, then of their declarations
   * @throws UnresolvedType if a member's type is not resolved yet
   */
  List<ProxySpec.Member> scan(List<TypeElement> classes) {
    Set<TypeElement> owners = new LinkedHashSet<>(classes);
    for (TypeElement owner : classes) {
      addInterfaces(owner, owners);
    }
    Set<Element> all = new HashSet<>(subject.elements.getAllMembers(subject.type));
    for (TypeElement owner : owners) {
      for (Element member : owner.getEnclosedElements()) {
        if (!all.contains(member) || !member.getModifiers().contains(Modifier.PUBLIC)) {
          continue;
        }
        if (member.getKind() == ElementKind.METHOD) {
          method((ExecutableElement) member);
        } else if (member.getKind() == ElementKind.FIELD) {
          field((VariableElement) member);
        }
      }
    }
    return members;
  }

  private void addInterfaces(TypeElement owner, Set<TypeElement> owners) {
    for (TypeMirror superinterface : owner.getInterfaces()) {
      TypeElement element = (TypeElement) ((DeclaredType) superinterface).asElement();
      if (owners.add(element)) {
        addInterfaces(element, owners);
      }
    }
  }

  private void method(ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.STATIC)
        || subject.elements.isBridge(method)
        || overridesHiddenBase(method)) {
      return;
    }
    String described =
        "method "
            + method.getSimpleName()
            + "("
            + declaredParameters(method)
            + ")"
            + subject.inherited(method);
    if (!method.getTypeParameters().isEmpty()) {
      subject.report(
          new Problem(
              subject.at(method),
              "generic "
                  + described
                  + " cannot be proxied: a generated proxy method cannot take the type "
                  + "arguments of a call; make it non-generic, or not public to leave it out "
                  + "of the proxy"));
      return;
    }
    ExecutableType asMember = (ExecutableType) subject.types.asMemberOf(subject.self, method);
    List<TypeMirror> signatureTypes = new ArrayList<>(asMember.getParameterTypes());
    signatureTypes.add(asMember.getReturnType());
    if (!signatures.checkTypes(signatureTypes, method, described)) {
      return;
    }
    String signature = signatures.signature(method, asMember.getParameterTypes());
    if (!signatures.reserve(signature, method, described)) {
      return;
    }
    List<ProxySpec.Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      parameters.add(
          new ProxySpec.Parameter(
              TypeNames.of(asMember.getParameterTypes().get(i)),
              method.getParameters().get(i).getSimpleName().toString()));
    }
    String link =
        subject.type.getQualifiedName()
            + "#"
            + method.getSimpleName()
            + "("
            + erasedParameters(method)
            + ")";
    members.add(
        new ProxySpec.Member(
            ProxySpec.Kind.CALL,
            method.getSimpleName().toString(),
            future(asMember.getReturnType()),
            parameters,
            method.isVarArgs(),
            link));
  }

  private void field(VariableElement field) {
    if (!isVisibleField(field)) {
      return;
    }
    String described = "field " + field.getSimpleName() + subject.inherited(field);
    TypeMirror fieldType =
        field.getModifiers().contains(Modifier.STATIC)
            ? field.asType()
            : subject.types.asMemberOf(subject.self, field);
    if (!signatures.checkTypes(List.of(fieldType), field, described)) {
      return;
    }
    String signature = field.getSimpleName() + "()";
    if (!signatures.reserve(signature, field, described)) {
      return;
    }
    String link = subject.type.getQualifiedName() + "#" + field.getSimpleName();
    Optional<String> nested = traversableFields.nestedProxy(field, fieldType);
    members.add(
        new ProxySpec.Member(
            nested.isPresent() ? ProxySpec.Kind.TRAVERSE : ProxySpec.Kind.READ,
            field.getSimpleName().toString(),
            nested.orElseGet(() -> future(fieldType)),
            List.of(),
            false,
            link));
  }

  /**
   * Whether {@code field} is the one Java code outside reaches by its name through the class: the
   * first field of that name in {@link Class#getField}'s order (the class, its interfaces, then its
   * superclass), where a field of any access hides those further up, as in Java. A public field
   * hidden by a private one of a subclass is out of reach, and so left out, as pykka.core leaves it
   * out of the proxy.
   */
  private boolean isVisibleField(VariableElement field) {
    return field.getModifiers().contains(Modifier.PUBLIC)
        && field.equals(findField(subject.type, field.getSimpleName().toString()));
  }

  private static VariableElement findField(TypeElement in, String name) {
    for (VariableElement candidate : ElementFilter.fieldsIn(in.getEnclosedElements())) {
      if (candidate.getSimpleName().contentEquals(name)) {
        return candidate;
      }
    }
    List<TypeMirror> supertypes = new ArrayList<>(in.getInterfaces());
    supertypes.add(in.getSuperclass());
    for (TypeMirror supertype : supertypes) {
      if (supertype.getKind() == TypeKind.DECLARED) {
        VariableElement found =
            findField((TypeElement) ((DeclaredType) supertype).asElement(), name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private boolean overridesHiddenBase(ExecutableElement method) {
    for (String baseName : Names.HIDDEN_BASE_CLASSES) {
      TypeElement base = subject.elements.getTypeElement(baseName);
      if (base == null) {
        continue;
      }
      for (ExecutableElement candidate : ElementFilter.methodsIn(base.getEnclosedElements())) {
        if (candidate.getSimpleName().equals(method.getSimpleName())
            && subject.elements.overrides(method, candidate, subject.type)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The proxy method's result: a pykka future of the boxed result, {@code Void} for none. */
  private String future(TypeMirror result) {
    TypeMirror boxed;
    if (result.getKind() == TypeKind.VOID) {
      boxed = subject.elements.getTypeElement(Names.VOID).asType();
    } else if (result.getKind().isPrimitive()) {
      boxed = subject.types.boxedClass(subject.types.getPrimitiveType(result.getKind())).asType();
    } else {
      boxed = result;
    }
    return Names.FUTURE + "<" + TypeNames.of(boxed) + ">";
  }

  private static String declaredParameters(ExecutableElement method) {
    return TypeNames.of(method.getParameters().stream().map(Element::asType).toList());
  }

  private String erasedParameters(ExecutableElement method) {
    return String.join(
        ",",
        method.getParameters().stream()
            .map(p -> TypeNames.of(subject.types.erasure(p.asType())))
            .toList());
  }
}
