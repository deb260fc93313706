package org.c2model.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the examples' command lines share: streams, one-line usage errors, file checks. */
public final class Cli {

  /** Exit code of a usage error: an unknown or malformed option, or a bad input file. */
  public static final int USAGE = 2;

  private Cli() {}

  /**
   * Gets a command line that prints to the given streams and reports a usage error as one line
   * naming the option and value, then where to find help, with exit code {@link #USAGE}.
   *
   * @param command  the annotated command, not null
   * @param out  where output and help go, not null
   * @param err  where error messages go, not null
   * @return the command line, not null
   */
  public static CommandLine commandLine(Object command, PrintStream out, PrintStream err) {
    CommandLine line = new CommandLine(command);
    line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    line.setParameterExceptionHandler((e, arguments) -> {
      e.getCommandLine().getErr().println(e.getCommandLine().getCommandName() + ": " + e.getMessage());
      e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandName() + " --help' for the options.");
      return USAGE;
    });
    return line;
  }

  /**
   * Runs a command line's main: exits with the code unless it is 0 (so that the JVM, or Maven's
   * {@code exec:java}, ends normally on success).
   *
   * @param code  the exit code
   */
  public static void exit(int code) {
    System.out.flush();
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Checks that a file named by an option exists and can be read.
   *
   * @param spec  the command, not null
   * @param what  the option or what the file is, such as {@code --journey}, not null
   * @param file  the file, not null
   * @throws ParameterException naming {@code what} and the file if it is missing or unreadable
   */
  public static void requireReadable(CommandSpec spec, String what, Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new ParameterException(spec.commandLine(),
          what + " " + file + ": " + (Files.exists(file) ? "not a readable file" : "no such file"));
    }
  }
}
