package io.sellercenter.supervision;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A task's page: the task, its timeline, what the viewer may do now, when the customer's
 * silence will allow an appeal, the appeals and unsubscribe requests.
 */
public record TaskDetails(Task task, List<TaskEntry> entries, Set<Action> allowed, AppealGrounds appealGrounds,
		LocalDateTime appealableFrom, List<AppealRow> appeals, List<UnsubscribeRow> unsubscribes, boolean mayAct) {

	public UnsubscribeRow openUnsubscribe() {
		return this.unsubscribes.stream().filter(UnsubscribeRow::open).findFirst().orElse(null);
	}

	public AppealRow openAppeal() {
		return this.appeals.stream().filter(AppealRow::open).findFirst().orElse(null);
	}

}
