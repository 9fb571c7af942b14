package org.membercomms;

import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP server (GreenMail) that tests which read emails start. Its port is
 * {@value #DEFAULT_PORT} unless the system property {@code membercomms.test.smtp-port}
 * says otherwise, so that two builds on one machine do not collide; the application under
 * test reads the same property (application-test.yml).
 */
public final class TestMail {

	static final int DEFAULT_PORT = 43025;

	private TestMail() {
	}

	/**
	 * @return where the tests' SMTP server listens
	 */
	public static ServerSetup smtp() {
		return new ServerSetup(Integer.getInteger("membercomms.test.smtp-port", DEFAULT_PORT), "127.0.0.1", "smtp");
	}

	/**
	 * @param message a received email
	 * @return its first recipient's address
	 */
	public static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param message a received email
	 * @return its subject line
	 */
	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
