package io.sellercenter.idp;

import java.nio.file.Path;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeyTests {

	@Test
	void keyFileKeepsTheKeyAcrossStarts(@TempDir Path dir) {
		Path file = dir.resolve("keys/idp-key.json");
		RSAKey first = SigningKey.load(file);
		RSAKey second = SigningKey.load(file);
		assertThat(file).exists();
		assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
		assertThat(second.isPrivate()).isTrue();
	}

	@Test
	void withoutKeyFileEachStartHasItsOwnKey() {
		assertThat(SigningKey.load(null).getKeyID()).isNotEqualTo(SigningKey.load(null).getKeyID());
	}

}
