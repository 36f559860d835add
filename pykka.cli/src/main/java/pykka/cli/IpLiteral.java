package pykka.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Checks that an argument is an IP address literal, without ever asking DNS: an IPv4 address in
 * dotted-quad form, or an IPv6 address. Host names are refused, since the resolver demo does
 * reverse lookups.
 *
 * <p>Thread safety: stateless.
 */
final class IpLiteral {

  /** 0 to 255, without leading zeros (which some parsers read as octal). */
  private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

  private static final Pattern IPV4 = Pattern.compile("(" + OCTET + "\\.){3}" + OCTET);

  /**
   * Hex digits, colons and (for an embedded IPv4 tail) dots only, starting with a hex digit or a
   * colon, with at least one colon: no host name looks like this.
   */
  private static final Pattern IPV6_CHARACTERS =
      Pattern.compile("(?=[^:]*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*");

  private IpLiteral() {}

  /**
   * Whether {@code value} is an IPv4 or IPv6 address literal.
   *
   * @param value the argument
   * @return whether it is an address literal
   */
  static boolean isIpLiteral(String value) {
    if (IPV4.matcher(value).matches()) {
      return true;
    }
    if (!IPV6_CHARACTERS.matcher(value).matches()) {
      return false;
    }
    // InetAddress parses a string that starts with a hex digit or a colon and contains a colon as
    // an IPv6 literal, and rejects it if malformed: such a string never reaches DNS.
    try {
      InetAddress.getByName(value);
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
