package pykka.typing.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides what interface to generate for an annotated class, following the rules written in {@link
 * pykka.typing.GenerateProxy}, or why none can be.
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
      return new Analysis(type, actor).run();
    } catch (Unresolved unresolved) {
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

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  /** Thrown inside an analysis when a type is not resolved yet. */
  private static final class Unresolved extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final String type;

    Unresolved(String type) {
      super(type, null, false, false);
      this.type = type;
    }
  }

  /** The analysis of one class. */
  private final class Analysis {

    private final TypeElement type;
    private final boolean actor;
    private final String annotationName;
    private final String annotation;
    private final DeclaredType self;
    private final PackageElement pkg;
    private final List<Problem> problems = new ArrayList<>();
    private final List<ProxySpec.Member> members = new ArrayList<>();

    /** The interface's method signatures (name and erased parameters) and who holds each. */
    private final Map<String, String> taken = new LinkedHashMap<>();

    Analysis(TypeElement type, boolean actor) {
      this.type = type;
      this.actor = actor;
      this.annotationName = actor ? Names.GENERATE_PROXY : Names.GENERATE_TRAVERSABLE_PROXY;
      this.annotation = "@" + simpleName(annotationName);
      this.self = (DeclaredType) type.asType();
      this.pkg = elements.getPackageOf(type);
    }

    Outcome run() {
      if (!checkKind()) {
        return new Outcome.Failed(problems);
      }
      checkAccess();
      List<TypeElement> classes = checkHierarchy();
      String name = checkName();
      List<String> typeParameters = new ArrayList<>();
      List<String> typeParameterNames = new ArrayList<>();
      for (TypeParameterElement parameter : type.getTypeParameters()) {
        typeParameterNames.add(parameter.getSimpleName().toString());
        typeParameters.add(typeParameter(parameter));
      }
      reserveInheritedSignatures();
      collectMembers(classes);
      if (!problems.isEmpty()) {
        return new Outcome.Failed(problems);
      }
      ProxySpec spec =
          new ProxySpec(
              type,
              pkg.getQualifiedName().toString(),
              name,
              typeParameters,
              typeParameterNames,
              actor,
              members);
      return new Outcome.Ready(spec);
    }

    private boolean checkKind() {
      ElementKind kind = type.getKind();
      if (kind == ElementKind.CLASS || (!actor && kind == ElementKind.RECORD)) {
        return true;
      }
      String what = actor ? "classes" : "classes and records";
      problems.add(
          new Problem(
              type,
              annotation
                  + " applies to "
                  + what
                  + ", and "
                  + type.getSimpleName()
                  + " is "
                  + describe(kind)));
      return false;
    }

    private void checkAccess() {
      if (!type.getModifiers().contains(Modifier.PUBLIC)) {
        problems.add(
            new Problem(
                type,
                type.getSimpleName()
                    + " is not public; "
                    + annotation
                    + " needs a public class, since the generated public interface names it"));
      }
      if (type.getNestingKind() == NestingKind.MEMBER
          && !type.getModifiers().contains(Modifier.STATIC)) {
        problems.add(
            new Problem(
                type,
                type.getSimpleName()
                    + " is an inner class; "
                    + annotation
                    + " needs a top-level or static nested class: make it static"));
      }
      for (Element outer = type.getEnclosingElement();
          outer instanceof TypeElement outerType;
          outer = outer.getEnclosingElement()) {
        if (!outerType.getModifiers().contains(Modifier.PUBLIC)) {
          problems.add(
              new Problem(
                  type,
                  type.getSimpleName()
                      + " is nested in "
                      + outerType.getSimpleName()
                      + ", which is not public; "
                      + annotation
                      + " needs a class that is public all the way out"));
        }
      }
    }

    /** Checks the superclasses and returns the annotated class's own ones, topmost first. */
    private List<TypeElement> checkHierarchy() {
      List<TypeElement> own = new ArrayList<>();
      Set<String> pykkaBases = new HashSet<>();
      TypeElement current = type;
      while (true) {
        String name = current.getQualifiedName().toString();
        if (Names.HIDDEN_BASE_CLASSES.contains(name)) {
          pykkaBases.add(name);
        } else {
          own.add(current);
        }
        for (TypeMirror superinterface : current.getInterfaces()) {
          resolved(superinterface);
        }
        TypeMirror superclass = resolved(current.getSuperclass());
        if (superclass.getKind() != TypeKind.DECLARED) {
          break;
        }
        current = (TypeElement) ((DeclaredType) superclass).asElement();
      }
      boolean extendsRuntime =
          pykkaBases.contains(Names.THREADING_ACTOR)
              || pykkaBases.contains(Names.VIRTUAL_THREAD_ACTOR);
      if (actor && !extendsRuntime) {
        problems.add(
            new Problem(
                type,
                type.getSimpleName()
                    + " does not extend pykka.ThreadingActor or pykka.VirtualThreadActor; "
                    + "@GenerateProxy is for actor classes (for the class of a traversable "
                    + "field's value, use @GenerateTraversableProxy)"));
      }
      if (!actor && pykkaBases.contains(Names.ACTOR)) {
        problems.add(
            new Problem(
                type,
                type.getSimpleName()
                    + " is an actor; @GenerateTraversableProxy is for the classes of "
                    + "traversable fields' values: use @GenerateProxy"));
      }
      Collections.reverse(own);
      return own;
    }

    /** The type itself; if it is not resolved yet, the analysis waits for the next round. */
    private TypeMirror resolved(TypeMirror supertype) {
      if (supertype.getKind() == TypeKind.ERROR) {
        throw new Unresolved(supertype.toString());
      }
      return supertype;
    }

    private String checkName() {
      String name = proxyName(type, annotationName);
      if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
        AnnotationMirror mirror =
            Annotations.find(type.getAnnotationMirrors(), annotationName).orElse(null);
        problems.add(
            new Problem(
                type,
                mirror,
                annotation
                    + "(name = \""
                    + name
                    + "\") is not a valid simple name for an interface; give a Java identifier "
                    + "without dots, or leave name out for "
                    + type.getSimpleName()
                    + Names.DEFAULT_SUFFIX));
      }
      return name;
    }

    private String typeParameter(TypeParameterElement parameter) {
      List<? extends TypeMirror> bounds = parameter.getBounds();
      checkSignature(bounds, parameter, "type parameter " + parameter.getSimpleName());
      boolean onlyObject = bounds.size() == 1 && TypeNames.of(bounds.get(0)).equals(Names.OBJECT);
      if (bounds.isEmpty() || onlyObject) {
        return parameter.getSimpleName().toString();
      }
      return parameter.getSimpleName()
          + " extends "
          + String.join(" & ", bounds.stream().map(TypeNames::of).toList());
    }

    /** The signatures the interface has before any member: Object's, and the mixin's. */
    private void reserveInheritedSignatures() {
      if (actor) {
        taken.put("stop()", "stop() of pykka.typing.ActorMemberMixin");
        taken.put("actorRef()", "actorRef() of pykka.typing.ActorMemberMixin");
      }
      TypeElement object = elements.getTypeElement(Names.OBJECT);
      for (ExecutableElement method : ElementFilter.methodsIn(object.getEnclosedElements())) {
        Set<Modifier> modifiers = method.getModifiers();
        if (modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.PROTECTED)) {
          String signature =
              signature(method, method.getParameters().stream().map(Element::asType).toList());
          taken.put(signature, signature + " of java.lang.Object");
        }
      }
    }

    private void collectMembers(List<TypeElement> classes) {
      Set<TypeElement> owners = new LinkedHashSet<>(classes);
      for (TypeElement owner : classes) {
        addInterfaces(owner, owners);
      }
      Set<Element> all = new HashSet<>(elements.getAllMembers(type));
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
          || elements.isBridge(method)
          || overridesHiddenBase(method)) {
        return;
      }
      String described =
          "method "
              + method.getSimpleName()
              + "("
              + declaredParameters(method)
              + ")"
              + inherited(method);
      if (!method.getTypeParameters().isEmpty()) {
        problems.add(
            new Problem(
                at(method),
                "generic "
                    + described
                    + " cannot be proxied: a generated proxy method cannot take the type "
                    + "arguments of a call; make it non-generic, or not public to leave it out "
                    + "of the proxy"));
        return;
      }
      ExecutableType asMember = (ExecutableType) types.asMemberOf(self, method);
      List<TypeMirror> signatureTypes = new ArrayList<>(asMember.getParameterTypes());
      signatureTypes.add(asMember.getReturnType());
      if (!checkSignature(signatureTypes, method, described)) {
        return;
      }
      String signature = signature(method, asMember.getParameterTypes());
      if (!reserve(signature, method, described)) {
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
          type.getQualifiedName()
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
      String described = "field " + field.getSimpleName() + inherited(field);
      TypeMirror fieldType =
          field.getModifiers().contains(Modifier.STATIC)
              ? field.asType()
              : types.asMemberOf(self, field);
      if (!checkSignature(List.of(fieldType), field, described)) {
        return;
      }
      String signature = field.getSimpleName() + "()";
      if (!reserve(signature, field, described)) {
        return;
      }
      String link = type.getQualifiedName() + "#" + field.getSimpleName();
      Optional<String> nested = nestedProxy(field, fieldType);
      members.add(
          new ProxySpec.Member(
              nested.isPresent() ? ProxySpec.Kind.TRAVERSE : ProxySpec.Kind.READ,
              field.getSimpleName().toString(),
              nested.orElseGet(() -> future(fieldType)),
              List.of(),
              false,
              link));
    }

    /** The nested proxy type of a traversable field whose class is annotated, as source text. */
    private Optional<String> nestedProxy(VariableElement field, TypeMirror fieldType) {
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
      String simple = proxyName(valueClass, Names.GENERATE_TRAVERSABLE_PROXY);
      String name = packageName.isEmpty() ? simple : packageName + "." + simple;
      List<? extends TypeMirror> arguments = declared.getTypeArguments();
      return Optional.of(arguments.isEmpty() ? name : name + "<" + TypeNames.of(arguments) + ">");
    }

    /** Whether the class or a superclass is annotated {@code @Traversable}, as pykka.core asks. */
    private boolean isTraversableClass(TypeElement valueClass) {
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

    /**
     * Whether {@code field} is the one Java code outside reaches by its name through the class: the
     * first field of that name in {@link Class#getField}'s order (the class, its interfaces, then
     * its superclass), where a field of any access hides those further up, as in Java. A public
     * field hidden by a private one of a subclass is out of reach, and so left out, as pykka.core
     * leaves it out of the proxy.
     */
    private boolean isVisibleField(VariableElement field) {
      return field.getModifiers().contains(Modifier.PUBLIC)
          && field.equals(findField(type, field.getSimpleName().toString()));
    }

    private VariableElement findField(TypeElement in, String name) {
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
        TypeElement base = elements.getTypeElement(baseName);
        if (base == null) {
          continue;
        }
        for (ExecutableElement candidate : ElementFilter.methodsIn(base.getEnclosedElements())) {
          if (candidate.getSimpleName().equals(method.getSimpleName())
              && elements.overrides(method, candidate, type)) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Checks that the types of a signature are resolved (else the whole analysis waits for the next
     * round) and visible from the generated interface.
     */
    private boolean checkSignature(
        List<? extends TypeMirror> signatureTypes, Element member, String described) {
      TypeScan scan = TypeScan.of(signatureTypes);
      scan.unresolved()
          .ifPresent(
              unresolved -> {
                throw new Unresolved(unresolved);
              });
      for (TypeElement used : scan.classes()) {
        if (!isAccessible(used)) {
          problems.add(
              new Problem(
                  at(member),
                  described
                      + " uses "
                      + used.getQualifiedName()
                      + ", which the generated interface in "
                      + (pkg.isUnnamed() ? "the unnamed package" : "package " + pkg)
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
            && !elements.getPackageOf(typeElement).equals(pkg)) {
          return false;
        }
      }
      return true;
    }

    private boolean reserve(String signature, Element member, String described) {
      String holder = taken.putIfAbsent(signature, described);
      if (holder == null) {
        return true;
      }
      problems.add(
          new Problem(
              at(member),
              described
                  + " would become "
                  + signature
                  + " in the generated interface, which "
                  + holder
                  + " already is; rename one of them, or make the member not public to leave it "
                  + "out of the proxy"));
      return false;
    }

    /** Where to report a problem with a member: on it if declared here, else on the class. */
    private Element at(Element member) {
      return member.getEnclosingElement().equals(type) ? member : type;
    }

    private String inherited(Element member) {
      Element owner = member.getEnclosingElement();
      return owner.equals(type) ? "" : " (inherited from " + owner + ")";
    }

    private String future(TypeMirror result) {
      TypeMirror boxed;
      if (result.getKind() == TypeKind.VOID) {
        boxed = elements.getTypeElement(Names.VOID).asType();
      } else if (result.getKind().isPrimitive()) {
        boxed = types.boxedClass(types.getPrimitiveType(result.getKind())).asType();
      } else {
        boxed = result;
      }
      return Names.FUTURE + "<" + TypeNames.of(boxed) + ">";
    }

    private String signature(ExecutableElement method, List<? extends TypeMirror> parameters) {
      return method.getSimpleName()
          + "("
          + String.join(", ", parameters.stream().map(p -> TypeNames.of(types.erasure(p))).toList())
          + ")";
    }

    private String declaredParameters(ExecutableElement method) {
      return TypeNames.of(method.getParameters().stream().map(Element::asType).toList());
    }

    private String erasedParameters(ExecutableElement method) {
      return String.join(
          ",",
          method.getParameters().stream()
              .map(p -> TypeNames.of(types.erasure(p.asType())))
              .toList());
    }

    private static String describe(ElementKind kind) {
      return switch (kind) {
        case INTERFACE -> "an interface";
        case ENUM -> "an enum";
        case RECORD -> "a record";
        case ANNOTATION_TYPE -> "an annotation type";
        default -> "a " + kind.name().toLowerCase(Locale.ROOT);
      };
    }
  }
}
