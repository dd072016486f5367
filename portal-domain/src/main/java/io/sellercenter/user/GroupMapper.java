package io.sellercenter.user;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface GroupMapper {

	List<PermissionGroup> findAll(@Param("merchant") MerchantId merchant);

	Optional<PermissionGroup> find(@Param("merchant") MerchantId merchant, @Param("id") long id);

	void insert(@Param("merchant") MerchantId merchant, @Param("name") String name, @Param("menus") String menus,
			@Param("now") LocalDateTime now);

	int update(@Param("merchant") MerchantId merchant, @Param("id") long id, @Param("name") String name,
			@Param("menus") String menus);

	int delete(@Param("merchant") MerchantId merchant, @Param("id") long id);

	/** The groups of the merchant's users, as (userId, group) pairs. */
	List<Membership> memberships(@Param("merchant") MerchantId merchant);

	List<Long> members(@Param("merchant") MerchantId merchant, @Param("groupId") long groupId);

	String menusOfUser(@Param("userId") long userId);

	void removeMemberships(@Param("merchant") MerchantId merchant, @Param("userId") long userId);

	void addMemberships(@Param("merchant") MerchantId merchant, @Param("userId") long userId,
			@Param("groupIds") Collection<Long> groupIds);

	record Membership(long userId, long groupId) {
	}

}
