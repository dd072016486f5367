package io.sellercenter.ticket;

import java.time.LocalDateTime;
import java.time.LocalTime;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ServiceHoursMapper {

	Row find(@Param("merchant") MerchantId merchant);

	void save(@Param("merchant") MerchantId merchant, @Param("hours") Row hours, @Param("now") LocalDateTime now);

	/** A row as stored: days as three-letter names with commas. */
	record Row(String days, LocalTime opensAt, LocalTime closesAt, String timeZone, int firstResponseMinutes) {

	}

}
