package io.sellercenter.asset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Registering an image: where it is and its id in the cloud's image service. */
record AssetForm(@NotBlank @Size(max = 32) String region,
		@NotBlank @Size(max = 64) @Pattern(regexp = "\\s*+[A-Za-z0-9][A-Za-z0-9._-]*+\\s*+",
				message = "{validation.imageId}") String imageId) {

	static AssetForm empty() {
		return new AssetForm(ImageRegions.SUPPORTED.get(0), "");
	}

}
