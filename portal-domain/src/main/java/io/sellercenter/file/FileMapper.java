package io.sellercenter.file;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface FileMapper {

	void insert(@Param("merchant") MerchantId merchant, @Param("file") NewFile file);

	Optional<StoredFile> find(@Param("merchant") MerchantId merchant, @Param("id") long id);

	/** A file of this merchant, if it is of one of these kinds. */
	Optional<StoredFile> findOfKinds(@Param("merchant") MerchantId merchant, @Param("id") long id,
			@Param("kinds") List<FileKind> kinds);

	/** The merchant's files among these ids (others' are left out). */
	List<StoredFile> findAll(@Param("merchant") MerchantId merchant, @Param("ids") Collection<Long> ids);

	/** For operators, who read every merchant's files. */
	Optional<StoredFile> findAnyMerchant(@Param("id") long id);

	/**
	 * The bytes (an Optional: MyBatis reads a method returning an array as a list of
	 * rows).
	 */
	Optional<byte[]> content(@Param("merchant") MerchantId merchant, @Param("id") long id);

	/** The product application a file was uploaded for, or null. */
	Long applicationOf(@Param("merchant") MerchantId merchant, @Param("id") long id);

	/** Insert parameters; the generated id is written back into {@code id}. */
	final class NewFile {

		public Long id;

		public Long applicationId;

		public String purpose;

		public String fileName;

		public String contentType;

		public long sizeBytes;

		public String sha256;

		public byte[] content;

		public Long createdBy;

		public java.time.LocalDateTime createdAt;

	}

}
