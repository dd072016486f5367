package io.sellercenter.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.sellercenter.PortalApplication;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal in a JVM of its own, for tests that kill it or run several instances on one
 * database: started with the test classpath and the given properties, its output kept in
 * {@code target/portal-processes/NAME.log}. The child ends itself when the test JVM goes
 * away (its stdin closes), so a crashed test run leaves no portal behind.
 */
public final class PortalProcess implements AutoCloseable {

	private static final String READY = "PORTAL-PROCESS-READY port=";

	private static final Path DIRECTORY = Path.of("target", "portal-processes");

	private final String name;

	private final Process process;

	private final Path log;

	private final CompletableFuture<Integer> port = new CompletableFuture<>();

	private final Deque<String> tail = new ArrayDeque<>();

	private PortalProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
		Thread reader = new Thread(this::readOutput, "portal-process-" + name);
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * What a portal of its own needs on the test JVM's services (Redis, the identity
	 * provider, mail) with this database, any free port and a Redis namespace of its own.
	 */
	public static Map<String, Object> properties(Infrastructure.Database database) {
		Map<String, Object> properties = new LinkedHashMap<>(PortalTestServices.properties());
		properties.put("server.port", 0);
		properties.put("spring.datasource.url", database.url());
		properties.put("spring.datasource.username", database.username());
		properties.put("spring.datasource.password", database.password());
		properties.put("portal.redis-namespace", "portal-process-" + UUID.randomUUID().toString().substring(0, 8));
		return properties;
	}

	/** Starts the portal; {@link #awaitReady} tells when it answers. */
	public static PortalProcess launch(String name, Map<String, Object> properties) {
		return launch(name, properties, "384m");
	}

	/**
	 * Starts the portal with this much heap ({@code -Xmx}): the denial-of-service tests
	 * run it at 256m, as the benchmarks do, and check that it still answers.
	 */
	public static PortalProcess launch(String name, Map<String, Object> properties, String maxHeap) {
		try {
			Files.createDirectories(DIRECTORY);
			Path config = DIRECTORY.resolve(name + ".properties");
			Properties file = new Properties();
			properties.forEach((key, value) -> file.setProperty(key, String.valueOf(value)));
			try (Writer out = Files.newBufferedWriter(config)) {
				file.store(out, "properties of the portal process " + name);
			}
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			// Small and quick to start: two of these share two cores with the test JVM
			// and MariaDB.
			command.addAll(List.of("-Xmx" + maxHeap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
					"-Duser.timezone=UTC", "-Dfile.encoding=UTF-8"));
			command.addAll(List.of("-cp", System.getProperty("java.class.path"), PortalProcess.class.getName(),
					config.toAbsolutePath().toString()));
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			return new PortalProcess(name, process, DIRECTORY.resolve(name + ".log"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start the portal process " + name, ex);
		}
	}

	/** Waits until the portal answers requests; its port. */
	public int awaitReady(Duration timeout) {
		try {
			return this.port.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("portal " + this.name + " did not start within " + timeout + "; see "
					+ this.log.toAbsolutePath() + "\n" + tail(), ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause().getMessage(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public long pid() {
		return this.process.pid();
	}

	/** The processor time it has used so far, for tests that report their cost. */
	public Duration cpuTime() {
		return this.process.info().totalCpuDuration().orElse(Duration.ZERO);
	}

	/** Kills it as {@code kill -9} does (SIGKILL on Linux); its exit code. */
	public int kill() {
		this.process.destroyForcibly();
		return waitFor(Duration.ofSeconds(30));
	}

	/**
	 * Shuts it down as a deployment would (SIGTERM), killing it if that takes too long.
	 */
	@Override
	public void close() {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				kill();
			}
		}
		catch (InterruptedException ex) {
			kill();
			Thread.currentThread().interrupt();
		}
	}

	/** The lines of its output so far. */
	public List<String> output() {
		try {
			return Files.readAllLines(this.log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String name() {
		return this.name;
	}

	private int waitFor(Duration timeout) {
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("portal " + this.name + " did not end within " + timeout);
			}
			return this.process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void readOutput() {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
				Writer out = Files.newBufferedWriter(this.log)) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				out.write(line);
				out.write('\n');
				out.flush();
				remember(line);
				if (line.startsWith(READY)) {
					this.port.complete(Integer.parseInt(line.substring(READY.length()).trim()));
				}
			}
		}
		catch (IOException ex) {
			// the process is gone; what it wrote is in the log
		}
		this.port.completeExceptionally(new IllegalStateException("portal " + this.name
				+ " ended before it was ready; see " + this.log.toAbsolutePath() + "\n" + tail()));
	}

	private synchronized void remember(String line) {
		this.tail.addLast(line);
		if (this.tail.size() > 40) {
			this.tail.removeFirst();
		}
	}

	private synchronized String tail() {
		return String.join("\n", this.tail);
	}

	/**
	 * The child: {@code PortalProcess PROPERTIES_FILE}. Prints its port once it serves,
	 * and halts when its parent's end of stdin closes.
	 */
	public static void main(String[] args) throws IOException {
		Properties file = new Properties();
		try (Reader in = Files.newBufferedReader(Path.of(args[0]))) {
			file.load(in);
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		file.stringPropertyNames().forEach((key) -> properties.put(key, file.getProperty(key)));
		Thread orphanGuard = new Thread(() -> {
			try {
				while (System.in.read() != -1) {
					// nothing is sent; only the end of the stream matters
				}
			}
			catch (IOException ex) {
				// treated as the parent being gone
			}
			Runtime.getRuntime().halt(3);
		}, "parent-watch");
		orphanGuard.setDaemon(true);
		orphanGuard.start();
		ConfigurableApplicationContext portal = Apps.start(PortalApplication.class, properties);
		int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
		System.out.println(READY + port);
	}

}
