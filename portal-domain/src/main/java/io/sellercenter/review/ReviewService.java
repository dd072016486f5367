package io.sellercenter.review;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.sellercenter.shared.Actor;
import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.notification.NotificationEvent;
import io.sellercenter.notification.Notifications;
import io.sellercenter.shared.LikePatterns;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ReviewService {

	/** Operators decide within three working days of submission. */
	static final int DUE_WORKING_DAYS = 3;

	/** The longest merchant search used: names are at most 200 characters. */
	static final int MAX_MERCHANT_QUERY = 200;

	private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() {
	};

	private final ReviewMapper mapper;

	/**
	 * Looked up when a decision needs one: handlers use the services that submit requests
	 * here, so taking them at construction would be a cycle.
	 */
	private final ObjectProvider<ReviewHandler> handlers;

	private final AuditLog audit;

	private final Notifications notifications;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	ReviewService(ReviewMapper mapper, ObjectProvider<ReviewHandler> handlers, AuditLog audit,
			Notifications notifications, Clock clock) {
		this.mapper = mapper;
		this.handlers = handlers;
		this.audit = audit;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * Opens a request with the values before and after. Joins the caller's transaction,
	 * so the caller's own changes (a state, an upload) and the request are kept or lost
	 * together.
	 * @throws ReviewConflict {@code review.alreadyOpen} when one of this kind is open
	 * already
	 */
	@Transactional
	public ReviewRequest submit(MerchantId merchant, ReviewKind kind, Map<String, String> oldValues,
			Map<String, String> newValues, Actor actor) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		ReviewRow row = new ReviewRow();
		row.kind = kind;
		row.oldValues = this.json.writeValueAsString(oldValues);
		row.newValues = this.json.writeValueAsString(newValues);
		row.submittedBy = actor.userId();
		row.submittedAt = now;
		row.dueAt = WorkingDays.add(now, DUE_WORKING_DAYS);
		try {
			this.mapper.insert(merchant, row);
		}
		catch (DuplicateKeyException ex) {
			throw new ReviewConflict("review.alreadyOpen");
		}
		this.audit.record(actor, AuditAction.REVIEW_SUBMITTED, AuditTarget.REVIEW, String.valueOf(row.id),
				changed(oldValues, newValues, oldValues), changed(oldValues, newValues, newValues));
		ReviewRequest request = this.mapper.find(row.id).map(this::toRequest).orElseThrow();
		this.notifications.notifyOperators(NotificationEvent.REVIEW_ITEM_SUBMITTED,
				Map.of("merchant", request.merchantName(), "kind", kind.name()), "/operator/reviews/" + row.id);
		return request;
	}

	/**
	 * Approves or rejects a pending request and lets its owner apply the decision, all in
	 * one transaction. A request decided by someone else first answers
	 * {@code review.alreadyDecided} and changes nothing.
	 */
	@Transactional
	public ReviewRequest decide(long id, boolean approve, String reason, Actor operator) {
		return decide(id, approve, reason, Map.of(), operator);
	}

	/**
	 * As {@link #decide(long, boolean, String, Actor)}, with comments on fields (field
	 * name to text) that the merchant sees next to those fields. A rejection needs a
	 * reason or a comment.
	 */
	@Transactional
	public ReviewRequest decide(long id, boolean approve, String reason, Map<String, String> fieldComments,
			Actor operator) {
		Map<String, String> comments = new LinkedHashMap<>();
		fieldComments.forEach((field, text) -> {
			if (text != null && !text.isBlank()) {
				comments.put(field, text.strip().length() > 1000 ? text.strip().substring(0, 1000) : text.strip());
			}
		});
		if (!approve && (reason == null || reason.isBlank()) && comments.isEmpty()) {
			throw new ReviewConflict("review.reasonRequired");
		}
		ReviewStatus status = approve ? ReviewStatus.APPROVED : ReviewStatus.REJECTED;
		String cleanReason = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (this.mapper.decide(id, status, operator.userId(), cleanReason, LocalDateTime.now(this.clock)) != 1) {
			throw new ReviewConflict("review.alreadyDecided");
		}
		ReviewRequest request = this.mapper.find(id).map(this::toRequest).orElseThrow();
		comments.forEach((field, text) -> this.mapper.insertComment(id, request.merchant(), field, text));
		ReviewHandler handler = handler(request.kind());
		if (approve) {
			handler.approved(request);
		}
		else {
			handler.rejected(request);
		}
		Map<String, Object> decided = new LinkedHashMap<>();
		decided.put("status", status);
		decided.put("reason", cleanReason);
		this.audit.record(new Actor(operator.userId(), operator.name(), request.merchant(), operator.clientIp()),
				approve ? AuditAction.REVIEW_APPROVED : AuditAction.REVIEW_REJECTED, AuditTarget.REVIEW,
				String.valueOf(id), Map.of("status", ReviewStatus.PENDING), decided);
		return request;
	}

	/**
	 * The operators' queue, oldest first. Null filters mean all; {@code merchant} finds
	 * merchants whose name contains it or whose account id it is. One statement for the
	 * page (and one for its count): each request comes with its values, from which the
	 * page names its subject.
	 */
	public Page<ReviewRequest> queue(ReviewKind kind, ReviewStatus status, String merchant, PageRequest page) {
		String typed = (merchant == null || merchant.isBlank()) ? null : merchant.strip();
		String account = (typed != null && typed.length() > MAX_MERCHANT_QUERY) ? typed.substring(0, MAX_MERCHANT_QUERY)
				: typed;
		String name = (account != null) ? LikePatterns.contains(account) : null;
		return Page.load(page, () -> this.mapper.countQueue(kind, status, name, account),
				(at) -> this.mapper.queue(kind, status, name, account, at.offset(), at.size())
					.stream()
					.map(this::toRequest)
					.toList());
	}

	/** Any request, for operators. */
	public Optional<ReviewRequest> find(long id) {
		return this.mapper.find(id).map(this::toRequest);
	}

	/** A request of this merchant; empty for another merchant's. */
	public Optional<ReviewRequest> find(MerchantId merchant, long id) {
		return this.mapper.findOfMerchant(merchant, id).map(this::toRequest);
	}

	public Optional<ReviewRequest> open(MerchantId merchant, ReviewKind kind) {
		return this.mapper.findOpen(merchant, kind).map(this::toRequest);
	}

	public Optional<ReviewRequest> latest(MerchantId merchant, ReviewKind kind) {
		return this.mapper.findLatest(merchant, kind).map(this::toRequest);
	}

	/** The operator's comments on fields of a request, field name to text. */
	public Map<String, String> comments(long id) {
		Map<String, String> comments = new LinkedHashMap<>();
		this.mapper.comments(id).forEach((c) -> comments.put(c.field(), c.comment()));
		return comments;
	}

	public List<ReviewRequest> history(MerchantId merchant, int limit) {
		return this.mapper.ofMerchant(merchant, limit).stream().map(this::toRequest).toList();
	}

	public List<String> fields(ReviewKind kind) {
		return handler(kind).fields(kind);
	}

	public LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

	private ReviewHandler handler(ReviewKind kind) {
		return this.handlers.orderedStream()
			.filter((h) -> h.kinds().contains(kind))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no handler for " + kind));
	}

	private ReviewRequest toRequest(ReviewRow row) {
		return new ReviewRequest(row.id, new MerchantId(row.merchantId), row.merchantName, row.kind, row.status,
				this.json.readValue(row.oldValues, VALUES), this.json.readValue(row.newValues, VALUES), row.submittedBy,
				row.submittedAt, row.dueAt, row.reviewedBy, row.reviewedAt, row.reason);
	}

	/**
	 * For the audit log: of one side's values, those of the fields the request changes
	 * (all of them for a first submission, which has no values before).
	 */
	private static Map<String, String> changed(Map<String, String> oldValues, Map<String, String> newValues,
			Map<String, String> side) {
		Map<String, String> changed = new LinkedHashMap<>();
		if (side.isEmpty()) {
			return changed;
		}
		Set<String> fields = new LinkedHashSet<>(oldValues.keySet());
		fields.addAll(newValues.keySet());
		for (String field : fields) {
			if (oldValues.isEmpty() || !Objects.equals(oldValues.get(field), newValues.get(field))) {
				changed.put(field, side.get(field));
			}
		}
		return changed;
	}

}
