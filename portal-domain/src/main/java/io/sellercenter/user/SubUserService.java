package io.sellercenter.user;

import io.sellercenter.shared.AccountType;
import io.sellercenter.shared.Menu;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.sellercenter.shared.Actor;
import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.merchant.Merchant;
import io.sellercenter.merchant.MerchantService;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.TextRules;
import io.sellercenter.user.PortalUserMapper.NewUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The main account's management of its IAM sub-users (子用户管理) and their permission groups.
 * Every change is audited; one that takes access away ends or updates the user's open
 * sessions through {@link SubUserAccessChanged}.
 */
@Service
public class SubUserService {

	/** IAM user names as the marketplace allows them (the web form checks the same). */
	static final String USER_NAME_REGEX = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}+";

	static final int MAX_USER_NAME_LENGTH = 64;

	static final Pattern USER_NAME = Pattern.compile(USER_NAME_REGEX);

	private final PortalUserMapper users;

	private final GroupMapper groups;

	private final MerchantService merchants;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SubUserService(PortalUserMapper users, GroupMapper groups, MerchantService merchants, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.groups = groups;
		this.merchants = merchants;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public List<SubUser> list(MerchantId merchant) {
		Map<Long, PermissionGroup> byId = groupsById(merchant);
		Map<Long, List<PermissionGroup>> memberships = this.groups.memberships(merchant)
			.stream()
			.collect(Collectors.groupingBy(GroupMapper.Membership::userId,
					Collectors.mapping((m) -> byId.get(m.groupId()), Collectors.toList())));
		return this.users.findSubUsers(merchant)
			.stream()
			.map((u) -> toSubUser(u, memberships.getOrDefault(u.id(), List.of())))
			.toList();
	}

	/**
	 * A sub-user of this merchant; {@link SubUserRejected} {@code subUser.notFound}
	 * otherwise.
	 */
	public SubUser find(MerchantId merchant, long id) {
		return list(merchant).stream()
			.filter((u) -> u.id() == id)
			.findFirst()
			.orElseThrow(() -> new SubUserRejected("subUser.notFound"));
	}

	/**
	 * Registers an IAM user of the merchant's own account by user name; they enter at
	 * their next sign-in, matched on account and user name.
	 */
	@Transactional
	public long register(MerchantId merchant, String userName, String displayName, Set<Long> groupIds, Actor actor) {
		if (userName == null || !TextRules.matches(USER_NAME, userName.trim(), MAX_USER_NAME_LENGTH)) {
			throw new SubUserRejected("subUser.invalidName");
		}
		Merchant m = this.merchants.find(merchant).orElseThrow();
		String name = userName.trim();
		if (this.users.findByDomainAndName(m.domainId(), name).isPresent()) {
			throw new SubUserRejected("subUser.exists");
		}
		this.users.insertIfAbsent(new NewUser(m.id(), m.domainId(), name, AccountType.SUB, blankToNull(displayName),
				null, LocalDateTime.now(this.clock)));
		PortalUser user = this.users.findByDomainAndName(m.domainId(), name).orElseThrow();
		setGroups(merchant, user.id(), groupIds);
		this.audit.record(actor, AuditAction.SUB_USER_REGISTERED, AuditTarget.SUB_USER, name, null,
				describe(find(merchant, user.id())));
		return user.id();
	}

	@Transactional
	public void update(MerchantId merchant, long userId, String displayName, Set<Long> groupIds, Actor actor) {
		SubUser before = find(merchant, userId);
		this.users.updateDisplayName(merchant, userId, blankToNull(displayName));
		setGroups(merchant, userId, groupIds);
		this.audit.record(actor, AuditAction.SUB_USER_UPDATED, AuditTarget.SUB_USER, before.userName(),
				describe(before), describe(find(merchant, userId)));
		this.events.publishEvent(new SubUserAccessChanged(userId, false));
	}

	@Transactional
	public void setEnabled(MerchantId merchant, long userId, boolean enabled, Actor actor) {
		SubUser before = find(merchant, userId);
		this.users.updateStatus(merchant, userId, enabled ? UserStatus.ACTIVE : UserStatus.DISABLED);
		this.audit.record(actor, enabled ? AuditAction.SUB_USER_ENABLED : AuditAction.SUB_USER_DISABLED,
				AuditTarget.SUB_USER, before.userName(), Map.of("status", before.status()),
				Map.of("status", enabled ? UserStatus.ACTIVE : UserStatus.DISABLED));
		if (!enabled) {
			this.events.publishEvent(new SubUserWithdrawn(merchant, userId, false, actor));
			this.events.publishEvent(new SubUserAccessChanged(userId, true));
		}
	}

	@Transactional
	public void remove(MerchantId merchant, long userId, Actor actor) {
		SubUser before = find(merchant, userId);
		this.events.publishEvent(new SubUserWithdrawn(merchant, userId, true, actor));
		this.groups.removeMemberships(merchant, userId);
		this.users.deleteSubUser(merchant, userId);
		this.audit.record(actor, AuditAction.SUB_USER_REMOVED, AuditTarget.SUB_USER, before.userName(),
				describe(before), null);
		this.events.publishEvent(new SubUserAccessChanged(userId, true));
	}

	/**
	 * The main account ended a sub-user's sessions; the sessions themselves live in the
	 * web layer.
	 */
	public void recordSessionsEnded(MerchantId merchant, SubUser user, int ended, Actor actor) {
		this.audit.record(actor, AuditAction.SUB_USER_SESSIONS_ENDED, AuditTarget.SUB_USER, user.userName(), null,
				Map.of("sessions", ended));
	}

	public List<PermissionGroup> groups(MerchantId merchant) {
		return this.groups.findAll(merchant);
	}

	public PermissionGroup group(MerchantId merchant, long id) {
		return this.groups.find(merchant, id).orElseThrow(() -> new SubUserRejected("group.notFound"));
	}

	@Transactional
	public void createGroup(MerchantId merchant, String name, Set<Menu> menus, Actor actor) {
		String clean = checkGroupName(name);
		try {
			this.groups.insert(merchant, clean, PermissionGroup.format(menus), LocalDateTime.now(this.clock));
		}
		catch (DuplicateKeyException ex) {
			throw new SubUserRejected("group.exists");
		}
		PermissionGroup created = this.groups.findAll(merchant)
			.stream()
			.filter((g) -> g.name().equals(clean))
			.findFirst()
			.orElseThrow();
		this.audit.record(actor, AuditAction.GROUP_CREATED, AuditTarget.GROUP, String.valueOf(created.id()), null,
				describe(created));
	}

	@Transactional
	public void updateGroup(MerchantId merchant, long id, String name, Set<Menu> menus, Actor actor) {
		PermissionGroup before = group(merchant, id);
		String clean = checkGroupName(name);
		try {
			this.groups.update(merchant, id, clean, PermissionGroup.format(menus));
		}
		catch (DuplicateKeyException ex) {
			throw new SubUserRejected("group.exists");
		}
		this.audit.record(actor, AuditAction.GROUP_UPDATED, AuditTarget.GROUP, String.valueOf(id), describe(before),
				describe(group(merchant, id)));
		this.groups.members(merchant, id).forEach((u) -> this.events.publishEvent(new SubUserAccessChanged(u, false)));
	}

	@Transactional
	public void deleteGroup(MerchantId merchant, long id, Actor actor) {
		PermissionGroup before = group(merchant, id);
		List<Long> members = this.groups.members(merchant, id);
		this.groups.delete(merchant, id);
		this.audit.record(actor, AuditAction.GROUP_DELETED, AuditTarget.GROUP, String.valueOf(id), describe(before),
				null);
		members.forEach((u) -> this.events.publishEvent(new SubUserAccessChanged(u, false)));
	}

	private void setGroups(MerchantId merchant, long userId, Set<Long> groupIds) {
		Set<Long> ids = (groupIds != null) ? groupIds : Set.of();
		Map<Long, PermissionGroup> own = groupsById(merchant);
		if (!own.keySet().containsAll(ids)) {
			// A group id of another merchant is treated like one that does not exist.
			throw new SubUserRejected("group.notFound");
		}
		this.groups.removeMemberships(merchant, userId);
		if (!ids.isEmpty()) {
			this.groups.addMemberships(merchant, userId, ids);
		}
	}

	private Map<Long, PermissionGroup> groupsById(MerchantId merchant) {
		return this.groups.findAll(merchant).stream().collect(Collectors.toMap(PermissionGroup::id, (g) -> g));
	}

	private static SubUser toSubUser(PortalUser user, List<PermissionGroup> groups) {
		return new SubUser(user.id(), user.userName(), user.displayName(), user.status(), user.registeredAt(),
				user.lastLoginAt(), groups.stream().sorted(Comparator.comparing(PermissionGroup::name)).toList());
	}

	/** A sub-user as the audit log keeps it. */
	private static Map<String, Object> describe(SubUser user) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("displayName", user.displayName());
		fields.put("status", user.status());
		fields.put("groups", user.groups().stream().map(PermissionGroup::name).toList());
		return fields;
	}

	/** A group as the audit log keeps it: its name and its menus, in menu order. */
	private static Map<String, Object> describe(PermissionGroup group) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("name", group.name());
		fields.put("menus", group.menuSet().stream().sorted().toList());
		return fields;
	}

	private static String checkGroupName(String name) {
		if (name == null || name.isBlank() || name.trim().length() > 60) {
			throw new SubUserRejected("group.invalidName");
		}
		return name.trim();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
