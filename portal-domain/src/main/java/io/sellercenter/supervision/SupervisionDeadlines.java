package io.sellercenter.supervision;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import io.sellercenter.notification.NotificationEvent;
import io.sellercenter.supervision.SupervisionMapper.Ref;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline jobs, safe with several portal instances (each notice is claimed by a
 * conditional update that one instance wins): a step past its due time notifies the
 * handler once; a task not accepted 180 days after payment reminds the handler and the
 * main account every week.
 */
@Component
public class SupervisionDeadlines {

	static final Duration REMIND_AFTER = Duration.ofDays(180);

	static final Duration REMIND_EVERY = Duration.ofDays(7);

	private final SupervisionMapper tasks;

	private final TaskRecords records;

	private final TaskNotices notices;

	private final TaskFigures figures;

	SupervisionDeadlines(SupervisionMapper tasks, TaskRecords records, TaskNotices notices, TaskFigures figures) {
		this.tasks = tasks;
		this.records = records;
		this.notices = notices;
		this.figures = figures;
	}

	/**
	 * @return how many tasks were told about
	 */
	@Transactional
	public int notifyOverdue(int limit) {
		int told = 0;
		for (Ref ref : this.tasks.overdueToNotify(this.records.now(), limit)) {
			if (this.tasks.markOverdueNotified(ref.id()) == 0) {
				continue;
			}
			TaskRow task = this.tasks.lockById(ref.id()).orElseThrow();
			if (this.tasks.markEverOverdue(ref.id()) == 1) {
				this.figures.overdue(task);
			}
			this.notices.toHandler(task, NotificationEvent.SUPERVISION_OVERDUE, Map.of());
			told++;
		}
		return told;
	}

	/**
	 * @return how many reminders were sent
	 */
	@Transactional
	public int remind(int limit) {
		LocalDateTime now = this.records.now();
		int sent = 0;
		for (Ref ref : this.tasks.remindersDue(now.minus(REMIND_AFTER), now.minus(REMIND_EVERY), limit)) {
			TaskRow task = this.tasks.lockById(ref.id()).orElseThrow();
			if (this.tasks.markReminded(ref.id(), task.remindedAt, now) == 0) {
				continue;
			}
			this.notices.toHandlerAndMainAccount(task, NotificationEvent.SUPERVISION_REMINDER, Map.of());
			sent++;
		}
		return sent;
	}

}
