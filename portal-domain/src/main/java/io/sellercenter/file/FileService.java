package io.sellercenter.file;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.sellercenter.file.FileMapper.NewFile;
import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and hands out uploads. Files live in the database today; callers know only ids,
 * so an object store can take their place behind this service.
 */
@Service
public class FileService {

	private final FileMapper mapper;

	private final Clock clock;

	FileService(FileMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	/**
	 * Checks an upload (present, within the kind's size, bytes of an allowed type
	 * whatever it claims) and stores it under a safe name. Throws {@link UploadRejected}
	 * and stores nothing otherwise.
	 */
	@Transactional
	public StoredFile store(MerchantId merchant, FileKind kind, Upload upload, Long userId) {
		return store(merchant, kind, upload, userId, null);
	}

	/**
	 * As {@link #store(MerchantId, FileKind, Upload, Long)}, for a product application's
	 * file.
	 */
	@Transactional
	public StoredFile store(MerchantId merchant, FileKind kind, Upload upload, Long userId, Long applicationId) {
		ContentType type = check(kind, upload);
		NewFile file = new NewFile();
		file.applicationId = applicationId;
		file.purpose = kind.name();
		file.fileName = safeName(upload.originalName(), type);
		file.contentType = type.mediaType();
		file.sizeBytes = upload.bytes().length;
		file.sha256 = sha256(upload.bytes());
		file.content = upload.bytes();
		file.createdBy = userId;
		file.createdAt = LocalDateTime.now(this.clock);
		this.mapper.insert(merchant, file);
		return this.mapper.find(merchant, file.id).orElseThrow();
	}

	/**
	 * The checks of {@link #store} without storing: a form that cannot be saved yet still
	 * says at once which of its files would be refused. Returns the type the bytes are.
	 */
	public ContentType check(FileKind kind, Upload upload) {
		if (upload == null || upload.isEmpty()) {
			throw new UploadRejected("upload.missing");
		}
		if (upload.bytes().length > kind.maxBytes()) {
			throw new UploadRejected("upload.tooLarge", kind.maxBytes() / (1024 * 1024));
		}
		ContentType type = ContentType.sniff(upload.bytes());
		if (type == null || !kind.allowed().contains(type)) {
			throw new UploadRejected("upload.wrongType");
		}
		return type;
	}

	/**
	 * A file of this merchant that belongs to this feature; empty for a file of another
	 * merchant or of another feature.
	 */
	public Optional<StoredFile> find(MerchantId merchant, FileKind.Owner owner, long id) {
		return this.mapper.findOfKinds(merchant, id, owner.kinds());
	}

	/** The product application a file of this merchant was uploaded for, if any. */
	public Optional<Long> applicationOf(MerchantId merchant, long id) {
		return Optional.ofNullable(this.mapper.applicationOf(merchant, id));
	}

	/**
	 * The descriptions of the merchant's files among these ids, by id, in one statement
	 * (a review page describes every file it shows at once); ids of no file of the
	 * merchant are left out.
	 */
	public Map<Long, StoredFile> describe(MerchantId merchant, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, StoredFile> files = new HashMap<>();
		this.mapper.findAll(merchant, Set.copyOf(ids)).forEach((file) -> files.put(file.id(), file));
		return files;
	}

	/** Operators read every merchant's files. */
	public Optional<StoredFile> findForOperator(long id) {
		return this.mapper.findAnyMerchant(id);
	}

	/** The bytes of a file the caller has already found through one of the finders. */
	public byte[] content(StoredFile file) {
		return this.mapper.content(new MerchantId(file.merchantId()), file.id()).orElseThrow();
	}

	/**
	 * A name that is safe in a header and on any disk: letters (any script), digits, dot,
	 * dash and underscore only, no leading dots, at most 100 characters, with the sniffed
	 * type's extension.
	 */
	static String safeName(String original, ContentType type) {
		String base = (original == null) ? "" : original.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		// Only the start is kept; what is cut here would be cut below anyway.
		base = base.substring(0, Math.min(base.length(), 4 * 100));
		int dot = base.lastIndexOf('.');
		if (dot > 0) {
			base = base.substring(0, dot);
		}
		base = Normalizer.normalize(base, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N}._-]+", "_");
		base = base.replaceAll("^[._]+", "");
		if (base.isEmpty()) {
			base = "file";
		}
		if (base.length() > 100) {
			base = base.substring(0, 100);
		}
		return base + "." + type.extension();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
