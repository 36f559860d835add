package pykka.cli;

import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import pykka.examples.ActorWithProxyExample;

/** {@code pykka-demo proxy}: the "Actor with proxy" example. */
@Command(
    name = "proxy",
    mixinStandardHelpOptions = true,
    description = {
      "Calls methods and reads and writes a field of an actor through its proxy,",
      "printing which thread does what (the \"Actor with proxy\" example)."
    })
final class ProxyCommand extends DemoCommand {

  @Option(
      names = "--delay",
      paramLabel = "SECONDS",
      defaultValue = "0.5",
      description = "How long AnActor.func() blocks before returning (default: ${DEFAULT-VALUE}).")
  private double delaySeconds;

  @Override
  int run(PrintWriter out) {
    if (!(delaySeconds >= 0) || delaySeconds > 60) {
      throw new ParameterException(
          commandLine(), "--delay must be from 0 to 60 seconds, but was " + delaySeconds + ".");
    }
    ActorWithProxyExample.run(out, Duration.ofNanos(Math.round(delaySeconds * 1e9)));
    return 0;
  }
}
