package io.sellercenter.file;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/** From the browser's multipart part to an {@link Upload} the domain checks. */
public final class Uploads {

	private Uploads() {
	}

	public static Upload of(MultipartFile part) {
		if (part == null || part.isEmpty()) {
			return null;
		}
		try {
			return new Upload(part.getOriginalFilename(), part.getContentType(), part.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
