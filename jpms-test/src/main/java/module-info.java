/** A user's module: actors in three packages, opened, exported, and neither. */
module pykka.jpmstest {
  requires transitive pykka.core;

  opens pykka.jpmstest.opened to
      pykka.core;

  exports pykka.jpmstest.exported;
}
