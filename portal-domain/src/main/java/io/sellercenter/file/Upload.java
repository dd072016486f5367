package io.sellercenter.file;

/**
 * A file as the browser sent it: the name and type it claims, and the bytes. Nothing of
 * it is trusted until {@link FileService#store} has checked it.
 */
public record Upload(String originalName, String declaredType, byte[] bytes) {

	public boolean isEmpty() {
		return this.bytes == null || this.bytes.length == 0;
	}

}
