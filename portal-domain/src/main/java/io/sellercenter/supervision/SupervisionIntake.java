package io.sellercenter.supervision;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sellercenter.file.FileKind;
import io.sellercenter.file.FileService;
import io.sellercenter.file.StoredFile;
import io.sellercenter.notification.NotificationEvent;
import io.sellercenter.order.CompletionHold;
import io.sellercenter.order.OrderCancelled;
import io.sellercenter.order.OrderPaid;
import io.sellercenter.order.OrderRejected;
import io.sellercenter.order.OrderRejected.Reason;
import io.sellercenter.order.OrderStatus;
import io.sellercenter.order.OrderType;
import io.sellercenter.product.Handlers;
import io.sellercenter.product.ProductService;
import io.sellercenter.product.ProductView;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.supervision.SupervisionMapper.LineRef;
import io.sellercenter.supervision.SupervisionMapper.NewEntry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's side of supervision: tasks for paid orders of supervised products, the
 * hold on their orders, and what the customer does (requirement, acceptance, rejection,
 * unsubscribe request). Each customer call changes one task under its row's lock, in the
 * transaction that records the platform event; a call the task's step does not allow is a
 * conflict and changes nothing.
 */
@Service
public class SupervisionIntake implements CompletionHold {

	private final SupervisionMapper tasks;

	private final TaskRecords records;

	private final TaskNotices notices;

	private final TaskFigures figures;

	private final TaskEnd end;

	private final Handlers handlers;

	private final ProductService products;

	private final FileService files;

	SupervisionIntake(SupervisionMapper tasks, TaskRecords records, TaskNotices notices, TaskFigures figures,
			TaskEnd end, Handlers handlers, ProductService products, FileService files) {
		this.tasks = tasks;
		this.records = records;
		this.notices = notices;
		this.figures = figures;
		this.end = end;
		this.handlers = handlers;
		this.products = products;
		this.files = files;
	}

	/**
	 * A paid NEW order: a task per line of a supervised product. Renewals, changes and
	 * trials are not supervised.
	 */
	@EventListener
	void orderPaid(OrderPaid paid) {
		if (paid.type() != OrderType.NEW || paid.status() != OrderStatus.PROCESSING
				|| this.tasks.countOfOrder(paid.orderRef()) > 0) {
			return;
		}
		LocalDateTime now = this.records.now();
		Viewer viewer = Viewer.wholeMerchant(paid.merchant(), now);
		for (LineRef line : this.tasks.linesOf(paid.orderRef())) {
			Optional<ProductView> product = this.products.product(viewer, line.productId());
			Supervised rule = product.map(Supervised::of).orElse(null);
			if (rule == null || !rule.supervised()) {
				continue;
			}
			create(paid, line, rule, now);
		}
	}

	private void create(OrderPaid paid, LineRef line, Supervised rule, LocalDateTime now) {
		Handlers.Routed route = this.handlers.route(paid.merchant(), line.productId(), now);
		TaskRow task = new TaskRow();
		task.merchantId = paid.merchant().value();
		task.taskNo = line.orderLineId();
		task.orderRef = paid.orderRef();
		task.orderId = paid.orderId();
		task.lineRef = line.lineRef();
		task.productId = line.productId();
		task.specId = line.specId();
		task.customerId = paid.customerId();
		task.customerName = paid.customerName();
		task.customerAccountName = paid.customerAccountName();
		task.handlerUserId = route.user().id();
		task.routedTo = (route.primary() ? RoutedTo.PRIMARY_HANDLER : RoutedTo.MAIN_ACCOUNT).name();
		task.confirmDays = rule.confirmDays();
		task.deliveryDays = rule.deliveryDays();
		// Deadlines count from when the portal learns of the payment, so a late feed
		// does not make a step overdue on arrival.
		task.step(Step.AWAITING_REQUIREMENT, now);
		task.createdAt = now;
		task.updatedAt = now;
		task.dueAt = this.records.due(task);
		this.tasks.insert(task);
		TaskRow stored = this.tasks.lock(paid.merchant(), task.id).orElseThrow();
		NewEntry entry = TaskRecords.entry(stored, EntryKind.CREATED, null, "portal");
		entry.detail = stored.routedTo;
		this.records.write(stored, stored.step(), entry);
		this.figures.created(stored);
		this.notices.toHandler(stored, NotificationEvent.SUPERVISION_ASSIGNED, Map.of());
	}

	/** The platform cancelled the order: its open tasks close. */
	@EventListener
	void orderCancelled(OrderCancelled cancelled) {
		for (long id : this.tasks.tasksOfOrder(cancelled.orderRef())) {
			TaskRow task = this.tasks.lock(cancelled.merchant(), id).orElseThrow();
			if (task.step().ended()) {
				continue;
			}
			Step before = task.step();
			this.end.closed(task, EndReason.ORDER_CANCELLED, this.records.now());
			this.records.write(task, before, TaskRecords.entry(task, EntryKind.ORDER_CANCELLED, null, "platform"));
		}
	}

	@Override
	public String holds(long orderRef) {
		return (this.tasks.countOpenOfOrder(orderRef) > 0)
				? "the order has a supervised delivery the customer has not accepted; it completes on acceptance"
				: null;
	}

	/** What the customer did; refused (409) when the task's step does not allow it. */
	@Transactional
	public Changed customerStep(String taskNo, CustomerStep step, String eventId) {
		TaskRow task = this.tasks.lockByTaskNo(taskNo)
			.orElseThrow(() -> new OrderRejected(Reason.NOT_FOUND, "task_id", "no such supervision task"));
		Step before = task.step();
		if (before.ended()) {
			throw conflict("the task has ended (" + before + ")");
		}
		LocalDateTime now = this.records.now();
		NewEntry entry = TaskRecords.entry(task, entryKind(step.type()), null, task.customerName);
		entry.eventId = eventId;
		entry.text = step.text();
		DocumentRole role = DocumentRole.REQUIREMENT;
		switch (step.type()) {
			case REQUIREMENT_SUBMITTED -> {
				requireStep(task, Step.AWAITING_REQUIREMENT);
				task.companyName = step.companyName();
				task.contactName = step.contactName();
				task.contactPhone = step.contactPhone();
				task.contactEmail = step.contactEmail();
				task.step(Step.CONFIRMING_REQUIREMENT, now);
			}
			case DELIVERY_ACCEPTED -> {
				requireStep(task, Step.AWAITING_ACCEPTANCE);
				this.end.accepted(task, EndReason.ACCEPTED, now);
			}
			case DELIVERY_REJECTED -> {
				requireStep(task, Step.AWAITING_ACCEPTANCE);
				task.rejections++;
				task.step(Step.DELIVERING, now);
				this.figures.rejected(task);
			}
			case UNSUBSCRIBE_REQUESTED -> {
				if (this.tasks.openUnsubscribe(task.id).isPresent()) {
					throw conflict("an unsubscribe request of this order waits for the merchant");
				}
				UnsubscribeRow request = new UnsubscribeRow();
				request.merchantId = task.merchantId;
				request.taskRef = task.id;
				request.status = "REQUESTED";
				request.reason = step.text();
				request.requestedAt = now;
				this.tasks.insertUnsubscribe(request);
			}
		}
		this.records.write(task, before, entry,
				(step.type() == CustomerStep.Type.REQUIREMENT_SUBMITTED) ? step.attachments() : List.of(), role);
		switch (step.type()) {
			case REQUIREMENT_SUBMITTED ->
				this.notices.toHandler(task, NotificationEvent.SUPERVISION_REQUIREMENT_SUBMITTED, Map.of());
			case DELIVERY_ACCEPTED -> {
				this.end.settleOrder(task, now);
				this.notices.toHandler(task, NotificationEvent.SUPERVISION_ACCEPTED, Map.of());
			}
			case DELIVERY_REJECTED ->
				this.notices.toHandler(task, NotificationEvent.SUPERVISION_REJECTED, Map.of("reason", step.text()));
			case UNSUBSCRIBE_REQUESTED -> this.notices.toHandlerAndMainAccount(task,
					NotificationEvent.SUPERVISION_UNSUBSCRIBE_REQUESTED, Map.of("reason", step.text()));
		}
		return new Changed(new MerchantId(task.merchantId), task.taskNo, task.orderId, task.step());
	}

	/** The task as the customer sees it through the platform. */
	@Transactional(readOnly = true)
	public Optional<CustomerView> customerView(String taskNo) {
		return this.tasks.findByTaskNo(taskNo).map((task) -> {
			MerchantId merchant = new MerchantId(task.merchantId);
			List<TaskEntry> entries = TaskEntries.of(this.tasks, merchant, task.id)
				.stream()
				.filter((entry) -> entry.kind().toCustomer())
				.toList();
			return new CustomerView(task.toTask(this.records.now()), entries);
		});
	}

	/**
	 * A document of the task for the customer (the acceptance document above all): only a
	 * file attached to one of the task's entries, and only when that entry is one the
	 * customer sees, so a file id of another task or merchant, or of an internal entry
	 * (an appeal's proof), is simply not found.
	 */
	@Transactional(readOnly = true)
	public Optional<StoredFile> customerDocument(String taskNo, long fileId) {
		return customerView(taskNo).flatMap((view) -> {
			boolean shown = view.entries()
				.stream()
				.flatMap((entry) -> entry.documents().stream())
				.anyMatch((document) -> document.fileId() == fileId);
			if (!shown) {
				return Optional.empty();
			}
			TaskRow task = this.tasks.findByTaskNo(taskNo).orElseThrow();
			return this.files.find(new MerchantId(task.merchantId), FileKind.Owner.SUPERVISION, fileId);
		});
	}

	/**
	 * The timeline's name of what the customer did: the API's types name the delivery
	 * ({@code DELIVERY_ACCEPTED}), the timeline's kinds do not ({@code ACCEPTED}), so a
	 * name lookup would fail on acceptances and rejections.
	 */
	private static EntryKind entryKind(CustomerStep.Type type) {
		return switch (type) {
			case REQUIREMENT_SUBMITTED -> EntryKind.REQUIREMENT_SUBMITTED;
			case DELIVERY_ACCEPTED -> EntryKind.ACCEPTED;
			case DELIVERY_REJECTED -> EntryKind.REJECTED;
			case UNSUBSCRIBE_REQUESTED -> EntryKind.UNSUBSCRIBE_REQUESTED;
		};
	}

	private static void requireStep(TaskRow task, Step expected) {
		if (task.step() != expected) {
			throw conflict("the task is " + task.step() + ", not " + expected);
		}
		if (task.frozen) {
			throw conflict("the task is under appeal; an operator decides it first");
		}
	}

	private static OrderRejected conflict(String message) {
		return new OrderRejected(Reason.CONFLICT, "type", message);
	}

	public record Changed(MerchantId merchant, String taskNo, String orderId, Step step) {

	}

	public record CustomerView(Task task, List<TaskEntry> entries) {

	}

}
