package pykka.soak;

/** One worker: a sender with its own next number for each hub. */
final class Sender {
  final int id;
  final int[] next;

  Sender(int id, int hubs) {
    this.id = id;
    this.next = new int[hubs];
  }
}
