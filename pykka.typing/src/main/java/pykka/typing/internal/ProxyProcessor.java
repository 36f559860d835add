package pykka.typing.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The annotation processor of {@code pykka.typing}: writes a typed proxy interface for each class
 * annotated {@code @GenerateProxy} or {@code @GenerateTraversableProxy}, following the rules of
 * {@link pykka.typing.GenerateProxy}, or reports compile errors saying why it cannot.
 *
 * <p>A class whose members mention a type that does not exist yet (for example another generated
 * proxy) waits for the next round; if the type never appears, that is an error too.
 *
 * <p>The processor also claims {@code pykka.Traversable}, which it reads, and {@code
 * javax.annotation.processing.Generated}, which it writes, so that {@code -Xlint:processing} (part
 * of {@code -Xlint:all}) does not warn that no processor claimed them.
 *
 * <p>Found by the compiler through {@code provides} in the module descriptor (processor module
 * path) and through {@code META-INF/services} (processor path). Not thread-safe: the compiler makes
 * one instance per compilation and calls it from one thread.
 */
public final class ProxyProcessor extends AbstractProcessor {

  /** Annotated classes waiting for a type to appear, by qualified name: actor or not. */
  private final Map<String, Boolean> deferred = new LinkedHashMap<>();

  /** The interfaces written in this compilation, by qualified name: the class each came from. */
  private final Map<String, String> written = new HashMap<>();

  /** Made by the compiler through the service loader. */
  public ProxyProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        Names.GENERATE_PROXY, Names.GENERATE_TRAVERSABLE_PROXY, Names.TRAVERSABLE, Names.GENERATED);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Map<TypeElement, Boolean> work = new LinkedHashMap<>();
    for (Map.Entry<String, Boolean> entry : deferred.entrySet()) {
      work.put(processingEnv.getElementUtils().getTypeElement(entry.getKey()), entry.getValue());
    }
    deferred.clear();
    List<TypeElement> both = new ArrayList<>();
    for (TypeElement annotation : annotations) {
      String name = annotation.getQualifiedName().toString();
      boolean actor = name.equals(Names.GENERATE_PROXY);
      if (!actor && !name.equals(Names.GENERATE_TRAVERSABLE_PROXY)) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement type && work.put(type, actor) != null) {
          both.add(type);
        }
      }
    }
    for (TypeElement type : both) {
      work.remove(type);
      error(
          type.getSimpleName()
              + " is annotated both @GenerateProxy and @GenerateTraversableProxy; keep "
              + "@GenerateProxy for an actor, @GenerateTraversableProxy for the class of a "
              + "traversable field's value",
          type);
    }
    ProxyAnalyzer analyzer =
        new ProxyAnalyzer(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    for (Map.Entry<TypeElement, Boolean> entry : work.entrySet()) {
      TypeElement type = entry.getKey();
      switch (analyzer.analyze(type, entry.getValue())) {
        case Outcome.Ready(ProxySpec spec) -> write(spec);
        case Outcome.Deferred(String unresolved) -> {
          if (round.processingOver()) {
            // No later round can bring the missing type.
            error(
                "cannot generate the proxy of "
                    + type.getSimpleName()
                    + ": type "
                    + unresolved
                    + " cannot be found",
                type);
          } else {
            deferred.put(type.getQualifiedName().toString(), entry.getValue());
          }
        }
        case Outcome.Failed(List<Problem> problems) -> {
          for (Problem problem : problems) {
            processingEnv
                .getMessager()
                .printMessage(
                    Diagnostic.Kind.ERROR,
                    problem.message(),
                    problem.element(),
                    problem.annotation());
          }
        }
      }
    }
    return true;
  }

  private void error(String message, Element element) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  private void write(ProxySpec spec) {
    TypeElement source = spec.source();
    String name = spec.qualifiedName();
    String sourceName = source.getQualifiedName().toString();
    String earlier = written.putIfAbsent(name, sourceName);
    if (earlier != null) {
      error(
          "the proxy of "
              + source.getSimpleName()
              + " would be "
              + name
              + ", which is already generated for "
              + earlier
              + "; give one of them another name with name = \"...\"",
          source);
      return;
    }
    try {
      JavaFileObject file = processingEnv.getFiler().createSourceFile(name, source);
      try (Writer writer = file.openWriter()) {
        writer.write(ProxyWriter.write(spec, ProxyProcessor.class.getName()));
      }
    } catch (IOException e) {
      // FilerException (an IOException) when a type of that name already exists in the sources.
      error(
          "cannot generate "
              + name
              + " for "
              + source.getSimpleName()
              + ": "
              + e.getMessage()
              + "; if a type of that name already exists, give the proxy another name with "
              + "name = \"...\"",
          source);
    }
  }
}
