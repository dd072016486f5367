package io.sellercenter.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through the SMTP server of {@code spring.mail.*}. Spring Boot makes a
 * {@link JavaMailSender} only when {@code spring.mail.host} is set; without one, e-mail
 * is skipped.
 */
@Component
class MailChannel implements ChannelSender {

	private final ObjectProvider<JavaMailSender> mailSender;

	private final NotificationProperties properties;

	MailChannel(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
		this.mailSender = mailSender;
		this.properties = properties;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public boolean configured() {
		return this.mailSender.getIfAvailable() != null;
	}

	@Override
	public String notConfiguredReason() {
		return "no SMTP server: set spring.mail.host";
	}

	@Override
	public void send(String address, NotificationTexts.Delivery delivery) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.properties.mailFrom());
		mail.setTo(address);
		mail.setSubject(delivery.subject());
		mail.setText(delivery.text());
		this.mailSender.getObject().send(mail);
	}

}
