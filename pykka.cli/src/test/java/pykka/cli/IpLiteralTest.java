package pykka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class IpLiteralTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "0.0.0.0",
        "255.255.255.255",
        "193.35.52.49",
        "::1",
        "::",
        "2001:db8::1",
        "fe80:0:0:0:200:f8ff:fe21:67cf",
        "::ffff:192.0.2.1"
      })
  void addressLiteralsAreAccepted(String value) {
    assertThat(IpLiteral.isIpLiteral(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "localhost",
        "example.org",
        "256.1.1.1",
        "1.2.3",
        "1.2.3.4.5",
        "01.2.3.4",
        "1.2.3.4 ",
        "::1::",
        "2001:db8:::1",
        "12345::1",
        ":",
        ".::1",
        "[::1]",
        "::1%eth0",
        "deadbeef"
      })
  void anythingElseIsRefused(String value) {
    assertThat(IpLiteral.isIpLiteral(value)).isFalse();
  }
}
