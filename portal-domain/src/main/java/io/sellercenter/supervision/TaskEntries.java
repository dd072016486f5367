package io.sellercenter.supervision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sellercenter.shared.MerchantId;
import io.sellercenter.supervision.SupervisionMapper.AttachmentRow;
import io.sellercenter.supervision.SupervisionMapper.EntryRow;

/** A task's timeline, oldest first, read in two statements (entries, then documents). */
final class TaskEntries {

	private TaskEntries() {
	}

	static List<TaskEntry> of(SupervisionMapper tasks, MerchantId merchant, long taskRef) {
		Map<Long, List<TaskEntry.Document>> documents = new HashMap<>();
		for (AttachmentRow row : tasks.attachments(merchant, taskRef)) {
			documents.computeIfAbsent(row.entryRef(), (k) -> new ArrayList<>())
				.add(new TaskEntry.Document(row.fileId(), DocumentRole.valueOf(row.role()), row.fileName(),
						row.sizeBytes()));
		}
		List<TaskEntry> entries = new ArrayList<>();
		for (EntryRow row : tasks.entries(merchant, taskRef)) {
			entries.add(new TaskEntry(row.id(), EntryKind.valueOf(row.kind()), row.actorUserId(), row.actorName(),
					(row.fromStep() != null) ? Step.valueOf(row.fromStep()) : null,
					(row.toStep() != null) ? Step.valueOf(row.toStep()) : null, row.text(), row.detail(), row.startAt(),
					row.createdAt(), documents.getOrDefault(row.id(), List.of())));
		}
		return entries;
	}

}
