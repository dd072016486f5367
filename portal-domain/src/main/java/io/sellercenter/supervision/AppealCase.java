package io.sellercenter.supervision;

import java.util.List;

/** An appeal as operators see it: the appeal, its task and the task's whole timeline. */
public record AppealCase(AppealRow appeal, Task task, List<TaskEntry> entries, List<UnsubscribeRow> unsubscribes) {

}
