package io.sellercenter.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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

	/**
	 * The files a multiple file field sent, leaving out the empty parts browsers send.
	 */
	public static List<Upload> all(List<MultipartFile> parts) {
		List<Upload> uploads = new ArrayList<>();
		if (parts != null) {
			for (MultipartFile part : parts) {
				Upload upload = of(part);
				if (upload != null) {
					uploads.add(upload);
				}
			}
		}
		return uploads;
	}

}
