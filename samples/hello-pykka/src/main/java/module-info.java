/** A first application on pykka: its actors live in this named module. */
module hello.pykka {
  requires pykka.core;
  requires pykka.typing; // generated proxy interfaces extend pykka.typing.ActorMemberMixin

  // Proxies call the actors' public members from pykka.core: a package that is not exported
  // must be opened to it.
  opens hello.pykka to
      pykka.core;
}
