package io.sellercenter.testsupport;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server on loopback (GreenMail) for the tests and the local run. It accepts
 * mail for any address; tests read what arrived through {@link #to}, the local run also
 * through IMAP (user and password: the address).
 */
public final class TestMail {

	private TestMail() {
	}

	/**
	 * SMTP on the given port (0: any free one), and IMAP too when {@code imapPort} > 0.
	 */
	public static GreenMail start(int smtpPort, int imapPort) {
		ServerSetup smtp = new ServerSetup(port(smtpPort), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		GreenMail mail = (imapPort > 0) ? new GreenMail(
				new ServerSetup[] { smtp, new ServerSetup(port(imapPort), "127.0.0.1", ServerSetup.PROTOCOL_IMAP) })
				: new GreenMail(smtp);
		mail.start();
		Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
		return mail;
	}

	public static int smtpPort(GreenMail mail) {
		return mail.getSmtp().getPort();
	}

	public static int imapPort(GreenMail mail) {
		return (mail.getImap() != null) ? mail.getImap().getPort() : 0;
	}

	/** The mail that reached this address so far. */
	public static List<MimeMessage> to(GreenMail mail, String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter((message) -> addressedTo(message, address)).toList();
	}

	/** Prints the subject of each mail as it arrives, for the local run's console. */
	public static void printArrivals(GreenMail mail) {
		Thread printer = new Thread(() -> {
			int seen = 0;
			while (!Thread.currentThread().isInterrupted()) {
				MimeMessage[] received = mail.getReceivedMessages();
				for (; seen < received.length; seen++) {
					System.out.println("  [mail] " + describe(received[seen]));
				}
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "greenmail-arrivals");
		printer.setDaemon(true);
		printer.start();
	}

	private static int port(int port) {
		return (port > 0 && !Infrastructure.reachable("127.0.0.1", port)) ? port : Infrastructure.freePort();
	}

	private static boolean addressedTo(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch((to) -> to.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

	private static String describe(MimeMessage message) {
		try {
			return "to " + Arrays.toString(message.getRecipients(Message.RecipientType.TO)) + ": "
					+ message.getSubject();
		}
		catch (MessagingException ex) {
			return ex.toString();
		}
	}

}
