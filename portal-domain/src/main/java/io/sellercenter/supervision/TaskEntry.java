package io.sellercenter.supervision;

import java.time.LocalDateTime;
import java.util.List;

/** One entry of a task's timeline, with its documents. */
public record TaskEntry(long id, EntryKind kind, Long actorUserId, String actorName, Step fromStep, Step toStep,
		String text, String detail, LocalDateTime startAt, LocalDateTime createdAt, List<Document> documents) {

	/** A document of an entry. */
	public record Document(long fileId, DocumentRole role, String fileName, long sizeBytes) {

	}

}
