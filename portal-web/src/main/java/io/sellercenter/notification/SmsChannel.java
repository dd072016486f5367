package io.sellercenter.notification;

import java.net.http.HttpClient;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * SMS through one HTTP gateway: {@code POST {"to": phone, "text": ...}} as JSON to
 * {@code portal.notifications.sms-gateway-url}. Any answer but 2xx, or none within the
 * timeout, is a failure the outbox retries.
 */
@Component
class SmsChannel implements ChannelSender {

	private final String url;

	private final RestClient http;

	SmsChannel(NotificationProperties properties) {
		this.url = properties.smsGatewayUrl();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.smsTimeout()).build());
		requests.setReadTimeout(properties.smsTimeout());
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public boolean configured() {
		return this.url != null && !this.url.isBlank();
	}

	@Override
	public String notConfiguredReason() {
		return "no SMS gateway: set portal.notifications.sms-gateway-url";
	}

	@Override
	public void send(String address, NotificationTexts.Delivery delivery) {
		this.http.post()
			.uri(this.url)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("to", address, "text", delivery.text()))
			.retrieve()
			.toBodilessEntity();
	}

}
