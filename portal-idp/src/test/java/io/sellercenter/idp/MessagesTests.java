package io.sellercenter.idp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the pages exists in English and in Chinese. */
class MessagesTests {

	@Test
	void englishAndChineseHaveTheSameKeys() throws IOException {
		assertThat(load("idp/messages_zh_CN.properties").keySet())
			.containsExactlyInAnyOrderElementsOf(load("idp/messages.properties").keySet());
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
