package io.sellercenter.idp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider's RSA signing key. Without a key file every start makes a new key, which
 * invalidates the sessions of relying parties that cached the old JWKS; with one, the key
 * survives restarts.
 */
final class SigningKey {

	private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

	private SigningKey() {
	}

	static RSAKey load(@Nullable Path keyFile) {
		try {
			if (keyFile != null && Files.exists(keyFile)) {
				log.info("Using the signing key in {}", keyFile);
				return RSAKey.parse(Files.readString(keyFile, StandardCharsets.UTF_8));
			}
			RSAKey key = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
			if (keyFile != null) {
				Path parent = keyFile.toAbsolutePath().getParent();
				if (parent != null) {
					Files.createDirectories(parent);
				}
				Files.writeString(keyFile, key.toJSONString(), StandardCharsets.UTF_8);
				log.info("Wrote a new signing key to {}", keyFile);
			}
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the signing key file " + keyFile, ex);
		}
		catch (ParseException | JOSEException ex) {
			throw new IllegalStateException("Cannot load or create the signing key (" + keyFile + ")", ex);
		}
	}

}
