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
    header = "Methods and a field through a proxy (the \"Actor with proxy\" example).",
    description =
        "Calls methods of an actor, and reads and writes its field, through its proxy, printing"
            + " which thread does what.")
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
