package io.sellercenter.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.sellercenter.audit.AuditRow.Change;
import io.sellercenter.audit.AuditRow.Fact;
import io.sellercenter.audit.AuditRow.Subject;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.web.ClientAddresses;
import io.sellercenter.web.LocalizedNames;
import io.sellercenter.web.ReaderTime;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a page of entries into rows in the reader's words. The targets of the whole page
 * are named together ({@link AuditSubjects}); a merchant's main account gets links to its
 * own pages, operators to the operator pages (a review, a merchant).
 */
@Component
class AuditRows {

	private final AuditSubjects subjects;

	private final MessageSource messages;

	private final ReaderTime times;

	private final ClientAddresses addresses;

	private final LocalizedNames names;

	AuditRows(AuditSubjects subjects, MessageSource messages, ReaderTime times, ClientAddresses addresses,
			LocalizedNames names) {
		this.subjects = subjects;
		this.messages = messages;
		this.times = times;
		this.addresses = addresses;
		this.names = names;
	}

	/** Rows of a merchant's log ({@code merchant}) or of the operators' (null). */
	List<AuditRow> of(MerchantId merchant, List<AuditEntry> entries, Locale locale) {
		AuditWords words = new AuditWords(this.messages, locale, this.times);
		AuditSubjects.Found found = this.subjects.of(merchant, entries);
		boolean operator = merchant == null;
		List<AuditRow> rows = new ArrayList<>();
		for (AuditEntry entry : entries) {
			rows.add(row(entry, found.of(entry), operator, words));
		}
		return rows;
	}

	private AuditRow row(AuditEntry entry, Optional<AuditSubject> subject, boolean operator, AuditWords words) {
		AuditDetails details = entry.details();
		AuditTarget target = entry.target();
		List<Change> changes = new ArrayList<>();
		for (AuditDetails.Change change : details.changes()) {
			if (AuditWords.shown(target, change.field())) {
				changes
					.add(new Change(words.label(change.field()), words.value(target, change.field(), change.before()),
							words.value(target, change.field(), change.after())));
			}
		}
		List<Fact> facts = new ArrayList<>();
		for (Map.Entry<String, Object> fact : details.facts().entrySet()) {
			if (AuditWords.shown(target, fact.getKey())) {
				facts.add(new Fact(words.label(fact.getKey()), words.value(target, fact.getKey(), fact.getValue())));
			}
		}
		return new AuditRow(entry, this.times.showSeconds(entry.createdAt()), actor(entry, words),
				words.action(entry.action()), subject(entry, subject, operator, words), changes, facts, details.text(),
				details.change() && changes.isEmpty(), this.addresses.show(entry.clientIp()));
	}

	/** A person by user name; the portal's own jobs by what they are. */
	private static String actor(AuditEntry entry, AuditWords words) {
		return (entry.actorUserId() == null) ? words.message("audit.actor." + entry.actorName(), entry.actorName())
				: entry.actorName();
	}

	private Subject subject(AuditEntry entry, Optional<AuditSubject> found, boolean operator, AuditWords words) {
		AuditTarget target = entry.target();
		if (target == null) {
			// A kind this version does not know: its id as written.
			return (entry.targetId() != null) ? new Subject(null, entry.targetId(), null, false) : null;
		}
		String kind = words.target(target);
		String id = entry.targetId();
		return switch (target) {
			case SESSION, PROVIDER_SESSION -> new Subject(kind, null, null, false);
			case PROFILE -> new Subject(kind, null,
					operator ? "/operator/merchants/" + entry.merchantId() : "/merchant/profile", false);
			case NOTIFICATION_SETTINGS -> new Subject(kind, null, operator ? null : "/notifications/settings", false);
			case SERVICE_HOURS -> new Subject(kind, null, operator ? null : "/tickets/service-hours", false);
			case MERCHANT -> new Subject(kind, entry.merchantName(),
					operator ? "/operator/merchants/" + id : "/merchant/profile", false);
			// By the platform's ticket id, which is also its page's.
			case TICKET -> new Subject(kind, id, operator ? null : "/tickets/" + id, false);
			default -> found.map((s) -> named(target, s, entry, operator, words))
				.orElseGet(() -> new Subject(kind, id, null, true));
		};
	}

	private Subject named(AuditTarget target, AuditSubject s, AuditEntry entry, boolean operator, AuditWords words) {
		String kind = words.target(target);
		String name = this.names.of(s.nameZh(), s.nameEn());
		return switch (target) {
			case SUB_USER -> new Subject(kind, (s.detail() != null) ? name + " (" + s.detail() + ")" : name,
					operator ? null : "/sub-users/" + s.pageId(), false);
			case GROUP -> new Subject(kind, name, operator ? null : "/sub-users/groups/" + s.pageId(), false);
			case KEY -> new Subject(kind, name + " (" + s.detail() + ")", operator ? null : "/usage/keys", false);
			case ASSET -> new Subject(kind, name + " (" + s.detail() + ")", operator ? null : "/assets", false);
			case PRODUCT -> new Subject(kind, name, operator ? null : "/products/" + s.pageId(), false);
			case REVIEW -> review(s, name, entry, operator, words);
			default -> new Subject(kind, name, null, false);
		};
	}

	/**
	 * A review request by its kind, and the product it is about: operators open the
	 * request, merchants the application, the product or their profile.
	 */
	private static Subject review(AuditSubject s, String name, AuditEntry entry, boolean operator, AuditWords words) {
		String kind = words.message("review.kind." + s.detail(), words.target(AuditTarget.REVIEW));
		String href;
		if (operator) {
			href = "/operator/reviews/" + entry.targetId();
		}
		else {
			href = switch (s.detail()) {
				case "PRODUCT_APPLICATION" -> (s.pageId() != null) ? "/products/applications/" + s.pageId() : null;
				case "PRODUCT_DELISTING" -> (s.pageId() != null) ? "/products/" + s.pageId() : null;
				default -> "/merchant/profile";
			};
		}
		return new Subject(kind, name, href, false);
	}

}
