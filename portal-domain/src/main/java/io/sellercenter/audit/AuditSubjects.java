package io.sellercenter.audit;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.sellercenter.audit.AuditSubjectMapper.Ref;
import io.sellercenter.audit.AuditSubjectMapper.Row;
import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Service;

/**
 * What the entries of a page are about, looked up together: one statement per kind of
 * target on the page, never one per entry. A target that no longer exists (a removed
 * sub-user, a deleted key) is simply not found; the page then names its kind and id.
 */
@Service
public class AuditSubjects {

	private final AuditSubjectMapper mapper;

	AuditSubjects(AuditSubjectMapper mapper) {
		this.mapper = mapper;
	}

	/** The targets found, to ask entry by entry. */
	public static final class Found {

		private final Map<Key, AuditSubject> subjects;

		Found(Map<Key, AuditSubject> subjects) {
			this.subjects = subjects;
		}

		/**
		 * The entry's target, if it is one with a name and still exists in the entry's
		 * own merchant.
		 */
		public Optional<AuditSubject> of(AuditEntry entry) {
			if (entry.target() == null || entry.merchantId() == null || entry.targetId() == null) {
				return Optional.empty();
			}
			return Optional
				.ofNullable(this.subjects.get(new Key(entry.target(), entry.merchantId(), entry.targetId())));
		}

	}

	private record Key(AuditTarget target, long merchantId, String id) {
	}

	/**
	 * Names the targets of these entries. A merchant reading its own log finds only its
	 * objects; operators ({@code merchant} null) find each entry's in that entry's
	 * merchant.
	 */
	public Found of(MerchantId merchant, List<AuditEntry> entries) {
		Map<AuditTarget, Set<Ref>> wanted = new EnumMap<>(AuditTarget.class);
		for (AuditEntry entry : entries) {
			if (entry.target() != null && entry.merchantId() != null && entry.targetId() != null) {
				wanted.computeIfAbsent(entry.target(), (t) -> new LinkedHashSet<>())
					.add(new Ref(entry.merchantId(), entry.targetId()));
			}
		}
		Map<Key, AuditSubject> found = new HashMap<>();
		wanted.forEach((target, refs) -> {
			for (Row row : lookUp(merchant, target, refs)) {
				found.put(new Key(target, row.merchantId(), row.targetId()), new AuditSubject(target, row.targetId(),
						row.merchantId(), row.nameZh(), row.nameEn(), row.detail(), row.pageId()));
			}
		});
		return new Found(found);
	}

	private List<Row> lookUp(MerchantId merchant, AuditTarget target, Set<Ref> refs) {
		return switch (target) {
			case SUB_USER -> this.mapper.subUsers(merchant, refs);
			case ASSET -> this.mapper.assets(merchant, refs);
			case KEY -> this.mapper.keys(merchant, ids(refs, Function.identity()));
			case GROUP -> numbers(refs, (ids) -> this.mapper.groups(merchant, ids));
			case PRODUCT -> numbers(refs, (ids) -> this.mapper.products(merchant, ids));
			case REVIEW -> numbers(refs, (ids) -> this.mapper.reviews(merchant, ids));
			case FILE -> numbers(refs, (ids) -> this.mapper.files(merchant, ids));
			case MERCHANT, PROFILE, NOTIFICATION_SETTINGS, SERVICE_HOURS, SESSION, PROVIDER_SESSION, TICKET,
					SUPERVISION_TASK, SAAS_INTERFACE ->
				List.of();
		};
	}

	/**
	 * Kinds named by number: an id that is not one (an entry written when groups were
	 * named by name) finds nothing.
	 */
	private static List<Row> numbers(Set<Ref> refs, Function<Collection<Long>, List<Row>> query) {
		Set<Long> ids = ids(refs, AuditSubjects::number);
		ids.remove(null);
		return ids.isEmpty() ? List.of() : query.apply(ids);
	}

	private static <T> Set<T> ids(Set<Ref> refs, Function<String, T> id) {
		Set<T> ids = new LinkedHashSet<>();
		refs.forEach((ref) -> ids.add(id.apply(ref.id())));
		return ids;
	}

	private static Long number(String id) {
		try {
			return Long.valueOf(id);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
