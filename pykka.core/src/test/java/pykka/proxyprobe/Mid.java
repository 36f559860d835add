package pykka.proxyprobe;

/**
 * A public class of a package-private base: javac gives it bridges to the base's public methods, so
 * that code in other packages may call them through it (or through a subclass of it).
 */
public class Mid extends HiddenBase<String> {}
