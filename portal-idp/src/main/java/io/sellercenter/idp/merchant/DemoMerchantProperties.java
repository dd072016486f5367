package io.sellercenter.idp.merchant;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code idp.demo-merchant.*}.
 *
 * @param keys the keys registered at start, as the merchant configured its server with
 * what the portal showed it
 * @param slowDelay how long the SLOW mode waits before answering: longer than the
 * portal's debug timeout (20 s) unless a test shortens it
 */
@ConfigurationProperties("idp.demo-merchant")
public record DemoMerchantProperties(@DefaultValue List<Key> keys, @DefaultValue("25s") Duration slowDelay) {

	/**
	 * @param accessKey the access key ({@code access-key})
	 * @param secret its secret
	 */
	public record Key(String accessKey, String secret) {
	}

}
