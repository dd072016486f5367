package io.sellercenter.notification;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NotificationSettingsMapper {

	List<EventChannel> findOff(@Param("merchant") MerchantId merchant);

	/** The channels turned off for one event: what writing a notification needs. */
	List<Channel> findOffChannels(@Param("merchant") MerchantId merchant, @Param("event") NotificationEvent event);

	String findLanguage(@Param("merchant") MerchantId merchant);

	void deleteOff(@Param("merchant") MerchantId merchant);

	void insertOff(@Param("merchant") MerchantId merchant, @Param("off") Set<EventChannel> off);

	void saveLanguage(@Param("merchant") MerchantId merchant, @Param("language") String language,
			@Param("now") LocalDateTime now);

}
