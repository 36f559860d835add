package pykka.typing.internal;

import java.util.List;

/**
 * The qualified names the processor looks for. A processor works on names, not on classes: the
 * classes being compiled are not loaded, and {@code pykka.core}'s classes need not be loadable by
 * the processor either.
 */
final class Names {

  static final String GENERATE_PROXY = "pykka.typing.GenerateProxy";
  static final String GENERATE_TRAVERSABLE_PROXY = "pykka.typing.GenerateTraversableProxy";
  static final String TRAVERSABLE = "pykka.Traversable";
  static final String ACTOR = "pykka.Actor";
  static final String THREADING_ACTOR = "pykka.ThreadingActor";
  static final String VIRTUAL_THREAD_ACTOR = "pykka.VirtualThreadActor";
  static final String FUTURE = "pykka.Future";
  static final String ACTOR_MEMBER_MIXIN = "pykka.typing.ActorMemberMixin";
  static final String GENERATED = "javax.annotation.processing.Generated";
  static final String OBJECT = "java.lang.Object";
  static final String VOID = "java.lang.Void";

  /** Classes whose members a proxy never exposes, nor the members overriding theirs. */
  static final List<String> HIDDEN_BASE_CLASSES =
      List.of(OBJECT, ACTOR, THREADING_ACTOR, VIRTUAL_THREAD_ACTOR);

  /** The simple-name suffix of a generated interface whose annotation gives no name. */
  static final String DEFAULT_SUFFIX = "Proxy";

  private Names() {}
}
