package org.c2model.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium driven through the DevTools protocol with the JDK's own WebSocket client
 * (no browser-automation dependency): started on a free port read from its standard error, one
 * page, commands answered by id, events kept for the test to read.
 */
final class DevTools implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
  private static final Pattern PAGE_SOCKET = Pattern.compile(
      "\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+)\"");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final BlockingQueue<String> messages;
  private final List<String> events = new ArrayList<>();
  private int nextId = 1;

  private DevTools(Process process, Path profile, WebSocket socket, BlockingQueue<String> messages) {
    this.messages = messages;
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /**
   * Finds Chromium for a browser test, or aborts the test (fails it when {@code CI} is set) saying
   * loudly that the page was not checked in a browser.
   *
   * @param test  the test's name, for the message
   * @return the Chromium executable, not null
   */
  static Path chromiumOrAbort(String test) {
    Path chromium = findChromium();
    if (chromium == null) {
      String message = test + ": NO CHROMIUM FOUND (set C2_CHROMIUM or put chromium on the PATH; "
          + ".ci/run installs it): the report was NOT checked in a browser";
      if (System.getenv("CI") != null) {
        org.junit.jupiter.api.Assertions.fail(message);
      }
      System.err.println("\n*** " + message + " ***\n");
      org.junit.jupiter.api.Assumptions.abort(message);
    }
    return chromium;
  }

  /**
   * Finds Chromium: the {@code C2_CHROMIUM} environment variable, else {@code chromium} (or
   * {@code chromium-browser}) on the PATH.
   *
   * @return the executable, or null if there is none
   */
  static Path findChromium() {
    String given = System.getenv("C2_CHROMIUM");
    if (given != null && !given.isBlank()) {
      return Files.isExecutable(Path.of(given)) ? Path.of(given) : null;
    }
    String path = System.getenv("PATH");
    for (String dir : path == null ? new String[0] : path.split(java.io.File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /**
   * Starts Chromium headless and opens a page at 1280 by 900 pixels, with the page, runtime and log
   * events recorded, once it has loaded.
   *
   * @param chromium  the executable
   * @param html  the page's file
   * @return the connection
   * @throws Exception if it cannot start, connect or load in time
   */
  static DevTools open(Path chromium, Path html) throws Exception {
    DevTools browser = start(chromium);
    try {
      browser.call("Page.enable", "{}");
      browser.call("Runtime.enable", "{}");
      browser.call("Log.enable", "{}");
      browser.call("Emulation.setDeviceMetricsOverride",
          "{\"width\":1280,\"height\":900,\"deviceScaleFactor\":1,\"mobile\":false}");
      browser.call("Page.navigate", "{\"url\":" + quote(html.toUri().toString()) + "}");
      browser.await("Page.loadEventFired");
      return browser;
    } catch (Exception | Error e) {
      browser.close();
      throw e;
    }
  }

  /**
   * Starts Chromium headless and connects to its first page.
   *
   * @param chromium  the executable
   * @return the connection
   * @throws Exception if it cannot start or connect in time
   */
  static DevTools start(Path chromium) throws Exception {
    Path profile = Files.createTempDirectory("c2-chromium-");
    Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-extensions",
        "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    CompletableFuture<String> browserUrl = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
          StandardCharsets.UTF_8))) {
        for (String line = err.readLine(); line != null; line = err.readLine()) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            browserUrl.complete(m.group(1));
          }
        }
      } catch (IOException e) {
        browserUrl.completeExceptionally(e);
      }
      browserUrl.completeExceptionally(new IllegalStateException("Chromium exited before listening"));
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      URI browser = URI.create(browserUrl.get(60, TimeUnit.SECONDS));
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      String list = "";
      Matcher page = null;
      for (int attempt = 0; attempt < 50; attempt++) {
        list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getHost() + ":" + browser.getPort()
            + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body();
        page = PAGE_SOCKET.matcher(list);
        if (page.find()) {
          break;
        }
        page = null;
        Thread.sleep(100);
      }
      if (page == null) {
        throw new IllegalStateException("Chromium has no page target: " + list);
      }
      String pageUrl = page.group(1);
      DevTools[] self = new DevTools[1];
      BlockingQueue<String> queue = new LinkedBlockingQueue<>();
      WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), new WebSocket.Listener() {
        private final StringBuilder part = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
          part.append(data);
          if (last) {
            queue.add(part.toString());
            part.setLength(0);
          }
          webSocket.request(1);
          return null;
        }
      }).get(30, TimeUnit.SECONDS);
      self[0] = new DevTools(process, profile, ws, queue);
      return self[0];
    } catch (Exception e) {
      process.destroyForcibly();
      deleteTree(profile);
      throw e;
    }
  }

  /**
   * Sends a command and waits for its answer, keeping the events that arrive meanwhile.
   *
   * @param method  such as {@code Page.navigate}
   * @param params  the parameters as a JSON object
   * @return the answer's JSON
   * @throws Exception if there is no answer in time or the answer is an error
   */
  String call(String method, String params) throws Exception {
    int id = nextId++;
    socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
        .get(30, TimeUnit.SECONDS);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      String message = messages.poll(1, TimeUnit.SECONDS);
      if (message == null) {
        continue;
      }
      if (message.startsWith("{\"id\":" + id + ",")) {
        if (message.contains("\"error\":")) {
          throw new IllegalStateException(method + " failed: " + message);
        }
        return message;
      }
      events.add(message);
    }
    throw new IllegalStateException("no answer to " + method + " in 90 seconds");
  }

  /**
   * Waits for an event.
   *
   * @param method  such as {@code Page.loadEventFired}
   * @throws Exception if it does not come in time
   */
  void await(String method) throws Exception {
    if (events.stream().anyMatch(e -> e.contains("\"method\":\"" + method + "\""))) {
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String message = messages.poll(1, TimeUnit.SECONDS);
      if (message != null) {
        events.add(message);
        if (message.contains("\"method\":\"" + method + "\"")) {
          return;
        }
      }
    }
    throw new IllegalStateException("no " + method + " in 60 seconds");
  }

  /**
   * Evaluates a JavaScript expression whose value is a string.
   *
   * @param expression  the expression
   * @return its value
   * @throws Exception if it fails
   */
  String evaluate(String expression) throws Exception {
    String answer = call("Runtime.evaluate", "{\"expression\":" + quote(expression) + ",\"returnByValue\":true}");
    Matcher m = Pattern.compile("\"value\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(answer);
    if (!m.find()) {
      throw new IllegalStateException("no string value: " + answer);
    }
    return unquote(m.group(1));
  }

  /**
   * Gets the base64 data of an answer, such as a screenshot's.
   *
   * @param answer  the answer
   * @return the decoded bytes
   */
  static byte[] data(String answer) {
    Matcher m = Pattern.compile("\"data\":\"([^\"]*)\"").matcher(answer);
    if (!m.find()) {
      throw new IllegalStateException("no data in " + answer.substring(0, Math.min(200, answer.length())));
    }
    return java.util.Base64.getDecoder().decode(m.group(1));
  }

  /**
   * Gets the events received so far.
   *
   * @return the events' JSON
   */
  List<String> events() {
    return List.copyOf(events);
  }

  static String quote(String text) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  static String unquote(String json) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = json.charAt(++i);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(e);
      }
    }
    return sb.toString();
  }

  @Override
  public void close() {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // The browser is ended below either way.
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    deleteTree(profile);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary profile left behind is harmless.
    }
  }
}
