package pykka.proxyprobe;

import pykka.ProxyTestActor;

/** Package-private: code outside this package reaches its public members only through Mid. */
abstract class HiddenBase<T> extends ProxyTestActor {
  public String greeting = "hello from the hidden base";

  public String hello() {
    return "hello";
  }

  public int sum(int... xs) {
    int total = 0;
    for (int x : xs) {
      total += x;
    }
    return total;
  }

  public void keep(T value) {
    kept = value;
  }

  public T kept;

  String packagePrivate() {
    return "hidden";
  }
}
