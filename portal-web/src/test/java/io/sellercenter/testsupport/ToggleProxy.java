package io.sellercenter.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback that a test can cut and restore, to take a real service
 * (MariaDB, Redis) away from the portal and give it back without stopping the service
 * itself; or slow, holding each reply of the service back for a while, to open the window
 * between a client's commands that a race needs.
 */
public final class ToggleProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private final AtomicLong bytesToTarget = new AtomicLong();

	private volatile long replyDelayNanos;

	private volatile ServerSocket server;

	public ToggleProxy(String targetHost, int targetPort) {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.port = Infrastructure.freePort();
		restore();
	}

	public int port() {
		return this.port;
	}

	/** Refuses new connections and breaks the open ones, as a crashed server would. */
	public synchronized void cut() {
		try {
			if (this.server != null) {
				this.server.close();
				this.server = null;
			}
		}
		catch (IOException ex) {
			// closing anyway
		}
		for (Socket socket : this.sockets) {
			closeQuietly(socket);
		}
		this.sockets.clear();
	}

	/**
	 * Holds every reply of the service back by this long before the client gets it (zero:
	 * none); the client's own bytes still reach the service at once, in order.
	 */
	public void delayReplies(Duration delay) {
		this.replyDelayNanos = delay.toNanos();
	}

	/** How many bytes clients have sent the service so far. */
	public long bytesToTarget() {
		return this.bytesToTarget.get();
	}

	public synchronized void restore() {
		if (this.server != null) {
			return;
		}
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
			this.server = socket;
			daemon(() -> accept(socket));
		}
		catch (IOException ex) {
			throw new IllegalStateException("proxy could not listen on " + this.port, ex);
		}
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				Socket upstream = new Socket(this.targetHost, this.targetPort);
				this.sockets.add(client);
				this.sockets.add(upstream);
				pipe(client, upstream);
				pipeReplies(upstream, client);
			}
			catch (IOException ex) {
				// the listening socket was closed by cut(), or the target refused
			}
		}
	}

	/** Copies what a client sends to the service as it comes, counting it. */
	private void pipe(Socket from, Socket to) {
		daemon(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int n;
				while ((n = in.read(buffer)) >= 0) {
					this.bytesToTarget.addAndGet(n);
					out.write(buffer, 0, n);
					out.flush();
				}
			}
			catch (IOException ex) {
				// one side went away
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		});
	}

	/**
	 * Copies the service's replies to the client: at once while no delay is set and
	 * nothing is held back, otherwise through a queue whose writer passes each chunk on
	 * when it is due, so a delay never reorders bytes nor holds up reading.
	 */
	private void pipeReplies(Socket from, Socket to) {
		BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
		AtomicInteger held = new AtomicInteger();
		daemon(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream()) {
				OutputStream out = to.getOutputStream();
				int n;
				while ((n = in.read(buffer)) >= 0) {
					long delay = this.replyDelayNanos;
					if (delay == 0 && held.get() == 0) {
						out.write(buffer, 0, n);
						out.flush();
					}
					else {
						held.incrementAndGet();
						queue.add(new Chunk(System.nanoTime() + delay, Arrays.copyOf(buffer, n)));
					}
				}
			}
			catch (IOException ex) {
				// one side went away
			}
			finally {
				queue.add(Chunk.END);
			}
		});
		daemon(() -> {
			try {
				OutputStream out = to.getOutputStream();
				for (Chunk chunk = queue.take(); chunk != Chunk.END; chunk = queue.take()) {
					long wait = chunk.due() - System.nanoTime();
					if (wait > 0) {
						TimeUnit.NANOSECONDS.sleep(wait);
					}
					out.write(chunk.bytes());
					out.flush();
					held.decrementAndGet();
				}
			}
			catch (IOException | InterruptedException ex) {
				// one side went away
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		});
	}

	private record Chunk(long due, byte[] bytes) {

		static final Chunk END = new Chunk(0, new byte[0]);

	}

	private static void daemon(Runnable task) {
		Thread thread = new Thread(task, "toggle-proxy");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already gone
		}
	}

	@Override
	public void close() {
		cut();
	}

}
