/**
 * Typed proxies for pykka: {@link pykka.typing.ActorMemberMixin}, the members every typed proxy of
 * an actor has, and an annotation processor that writes a proxy interface from an actor class
 * annotated {@link pykka.typing.GenerateProxy @GenerateProxy} (and from a traversable member class
 * annotated {@link pykka.typing.GenerateTraversableProxy @GenerateTraversableProxy}).
 *
 * <p>A module using it {@code requires pykka.typing;} (which brings {@code pykka.core}) and lists
 * this module's artifact among the compiler's annotation processor paths; the processor is found on
 * the processor module path through the {@code provides} below and on a processor class path
 * through {@code META-INF/services}. The annotations have {@code CLASS} retention; at run time the
 * generated interfaces need only {@link pykka.typing.ActorMemberMixin} and {@code pykka.core}.
 */
module pykka.typing {
  requires transitive pykka.core;
  // The processor's API. Needed only while compiling, never at run time. Transitive so that a
  // module reading pykka.typing can compile the @javax.annotation.processing.Generated that the
  // processor puts on the interfaces it writes into that module.
  requires static transitive java.compiler;

  exports pykka.typing;

  provides javax.annotation.processing.Processor with
      pykka.typing.internal.ProxyProcessor;
}
