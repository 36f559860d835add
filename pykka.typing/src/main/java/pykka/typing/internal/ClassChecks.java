package pykka.typing.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The checks of the annotated class itself, before any of its members: what kind of type it is,
 * whether the generated interface can name it, what it extends, and the interface's name. Each
 * broken rule is reported to the class as a problem whose message says what to change.
 */
final class ClassChecks {

  private final AnnotatedClass subject;
  private final TypeElement type;

  /**
   * The checks of one class.
   *
   * @param subject the class, where problems are reported
   */
  ClassChecks(AnnotatedClass subject) {
    this.subject = subject;
    this.type = subject.type;
  }

  /**
   * Checks that the annotation applies to this kind of type: a class, or for a traversable proxy
   * also a record.
   *
   * @return whether it does; if not, nothing else is worth checking
   */
  boolean checkKind() {
    ElementKind kind = type.getKind();
    if (kind == ElementKind.CLASS || (!subject.actor && kind == ElementKind.RECORD)) {
      return true;
    }
    String what = subject.actor ? "classes" : "classes and records";
    subject.report(
        new Problem(
            type,
            subject.annotation
                + " applies to "
                + what
                + ", and "
                + type.getSimpleName()
                + " is "
                + describe(kind)));
    return false;
  }

  /** Checks that the generated public interface can name the class: public all the way out. */
  void checkAccess() {
    if (!type.getModifiers().contains(Modifier.PUBLIC)) {
      subject.report(
          new Problem(
              type,
              type.getSimpleName()
                  + " is not public; "
                  + subject.annotation
                  + " needs a public class, since the generated public interface names it"));
    }
    if (type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)) {
      subject.report(
          new Problem(
              type,
              type.getSimpleName()
                  + " is an inner class; "
                  + subject.annotation
                  + " needs a top-level or static nested class: make it static"));
    }
    for (Element outer = type.getEnclosingElement();
        outer instanceof TypeElement outerType;
        outer = outer.getEnclosingElement()) {
      if (!outerType.getModifiers().contains(Modifier.PUBLIC)) {
        subject.report(
            new Problem(
                type,
                type.getSimpleName()
                    + " is nested in "
                    + outerType.getSimpleName()
                    + ", which is not public; "
                    + subject.annotation
                    + " needs a class that is public all the way out"));
      }
    }
  }

  /**
   * Checks the superclasses: an actor proxy needs an actor of a runtime, a traversable proxy a
   * class that is no actor.
   *
   * @return the annotated class's own classes (pykka's base classes left out), topmost first
   * @throws UnresolvedType if a supertype is not resolved yet
   */
  List<TypeElement> checkHierarchy() {
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
    if (subject.actor && !extendsRuntime) {
      subject.report(
          new Problem(
              type,
              type.getSimpleName()
                  + " does not extend pykka.ThreadingActor or pykka.VirtualThreadActor; "
                  + "@GenerateProxy is for actor classes (for the class of a traversable "
                  + "field's value, use @GenerateTraversableProxy)"));
    }
    if (!subject.actor && pykkaBases.contains(Names.ACTOR)) {
      subject.report(
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
  private static TypeMirror resolved(TypeMirror supertype) {
    if (supertype.getKind() == TypeKind.ERROR) {
      throw new UnresolvedType(supertype.toString());
    }
    return supertype;
  }

  /**
   * Checks that the interface's name, given or defaulted, is a Java identifier.
   *
   * @return the interface's simple name
   */
  String checkName() {
    String name = ProxyAnalyzer.proxyName(type, subject.annotationName);
    if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
      AnnotationMirror mirror =
          Annotations.find(type.getAnnotationMirrors(), subject.annotationName).orElse(null);
      subject.report(
          new Problem(
              type,
              mirror,
              subject.annotation
                  + "(name = \""
                  + name
                  + "\") is not a valid simple name for an interface; give a Java identifier "
                  + "without dots, or leave name out for "
                  + type.getSimpleName()
                  + Names.DEFAULT_SUFFIX));
    }
    return name;
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
