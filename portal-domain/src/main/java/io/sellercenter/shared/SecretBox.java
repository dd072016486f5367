package io.sellercenter.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets (integration key secrets, what customers share in tickets) with the
 * server's key (AES-256-GCM, a random 96-bit nonce per secret, what the secret belongs to
 * as associated data so a secret cannot be moved to another row). The server key comes
 * from configuration and never from the database.
 */
@Component
public class SecretBox {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	SecretBox(@Value("${portal.usage.key-encryption-key}") String base64Key) {
		byte[] raw = Base64.getDecoder().decode(base64Key.trim());
		if (raw.length != 32) {
			throw new IllegalStateException("portal.usage.key-encryption-key must be 32 bytes, base64");
		}
		this.key = new SecretKeySpec(raw, "AES");
	}

	public String seal(String keyId, String secret) {
		try {
			byte[] nonce = new byte[12];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[nonce.length + sealed.length];
			System.arraycopy(nonce, 0, out, 0, nonce.length);
			System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
			return Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String open(String keyId, String sealed) {
		try {
			byte[] in = Base64.getDecoder().decode(sealed);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, in, 0, 12));
			cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("integration key secret cannot be opened with this server key", ex);
		}
	}

}
