package io.sellercenter.platform;

import java.util.Base64;
import java.util.List;

import io.sellercenter.file.Upload;
import tools.jackson.databind.JsonNode;

/** A file sent inline with a ticket's message: its name and its bytes in base64. */
record AttachmentBody(@Sent.Required @Sent.Text(max = 200) JsonNode name,
		@Sent.Required @Sent.Base64(maxBytes = AttachmentBody.MAX_BYTES) JsonNode contentBase64) {

	static final int MAX_BYTES = 128 * 1024;

	Upload toUpload() {
		return new Upload(Sent.text(this.name), null, Base64.getDecoder().decode(Sent.string(this.contentBase64)));
	}

	static List<Upload> uploads(List<AttachmentBody> attachments) {
		return attachments.stream().map(AttachmentBody::toUpload).toList();
	}

}
