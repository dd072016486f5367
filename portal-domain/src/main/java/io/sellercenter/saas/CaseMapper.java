package io.sellercenter.saas;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.sellercenter.product.Viewer;
import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Debug cases, their runs and the products' dial-test health. Reads for a viewer filter
 * by the product grants of sub-users.
 */
@Mapper
interface CaseMapper {

	List<SaasProduct> products(@Param("viewer") Viewer viewer);

	Optional<SaasProduct> product(@Param("viewer") Viewer viewer, @Param("id") long id);

	/** Instances that successful debug creates of the product returned, newest first. */
	List<String> createdInstances(@Param("merchant") MerchantId merchant, @Param("productId") long productId,
			@Param("limit") int limit);

	void insertCase(@Param("merchant") MerchantId merchant, @Param("row") CaseRow row);

	int countCases(@Param("merchant") MerchantId merchant, @Param("productId") long productId);

	List<DebugCase> cases(@Param("viewer") Viewer viewer, @Param("productId") Long productId,
			@Param("limit") int limit);

	Optional<DebugCase> caseOf(@Param("viewer") Viewer viewer, @Param("id") long id);

	/** A case as the dial tests read it, without a viewer. */
	Optional<DebugCase> caseById(@Param("merchant") MerchantId merchant, @Param("id") long id);

	List<DebugCase> casesOfProduct(@Param("merchant") MerchantId merchant, @Param("productId") long productId);

	int deleteCase(@Param("merchant") MerchantId merchant, @Param("id") long id);

	void deleteRuns(@Param("merchant") MerchantId merchant, @Param("caseId") long caseId);

	void insertRun(@Param("merchant") MerchantId merchant, @Param("caseId") long caseId,
			@Param("productId") long productId, @Param("callId") Long callId, @Param("kind") CaseRunKind kind,
			@Param("outcome") Outcome outcome, @Param("failure") CallFailure failure,
			@Param("resultCode") String resultCode, @Param("ranAt") LocalDateTime ranAt);

	/**
	 * Keeps the latest result: a run that started before the kept one changes nothing.
	 */
	void updateLast(@Param("merchant") MerchantId merchant, @Param("id") long id, @Param("outcome") Outcome outcome,
			@Param("ranAt") LocalDateTime ranAt, @Param("callId") Long callId);

	List<CaseRun> runs(@Param("merchant") MerchantId merchant, @Param("caseId") long caseId, @Param("limit") int limit);

	/** Cases of SaaS products on sale whose dial slot has come. */
	List<DueCase> dueCases(@Param("now") LocalDateTime now, @Param("limit") int limit);

	/**
	 * Takes a case for this slot: only the caller whose update finds the slot unchanged.
	 */
	int claim(@Param("merchantId") long merchantId, @Param("id") long id, @Param("was") LocalDateTime was,
			@Param("next") LocalDateTime next);

	List<DialDay> dialedOn(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

	void judge(@Param("productId") long productId, @Param("merchantId") long merchantId, @Param("day") LocalDate day,
			@Param("failed") boolean failed, @Param("flagAt") int flagAt, @Param("now") LocalDateTime now);

	List<DialFlag> flags(@Param("limit") int limit);

	Optional<DialFlag> health(@Param("productId") long productId);

	/** A case due for a dial test. */
	record DueCase(long id, long merchantId, LocalDateTime nextDialAt) {

	}

	/** A product's dial runs of one day: whether any failed. */
	record DialDay(long productId, long merchantId, boolean failed) {

	}

	/**
	 * Moves an application's cases (their runs and calls below) to the product it became.
	 */
	void moveCases(@Param("merchant") MerchantId merchant, @Param("from") long from, @Param("to") long to);

	void moveRuns(@Param("merchant") MerchantId merchant, @Param("from") long from, @Param("to") long to);

	void moveCalls(@Param("merchant") MerchantId merchant, @Param("from") long from, @Param("to") long to);

}
