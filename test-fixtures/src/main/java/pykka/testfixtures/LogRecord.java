package pykka.testfixtures;

import org.slf4j.event.Level;

/**
 * One log call, as {@link RecordingLogProvider} saw it.
 *
 * @param logger the logger's name ({@code "pykka"} for pykka's own records)
 * @param level the level
 * @param marker the marker's name, or {@code null} for none
 * @param message the message, formatted with its arguments
 * @param throwable the throwable logged with it, or {@code null}
 * @param thread the name of the thread that logged it
 */
public record LogRecord(
    String logger,
    Level level,
    String marker,
    String message,
    Throwable throwable,
    String thread) {}
