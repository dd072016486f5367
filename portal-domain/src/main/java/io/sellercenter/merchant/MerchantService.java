package io.sellercenter.merchant;

import io.sellercenter.shared.MerchantId;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class MerchantService {

	private final MerchantMapper mapper;

	private final Clock clock;

	MerchantService(MerchantMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	/**
	 * The merchant of a marketplace account, created at the first sign-in of its main
	 * account. Two first sign-ins at once create one merchant: the insert is conditional
	 * on the unique account id.
	 */
	@Transactional
	public Merchant findOrCreate(String domainId, String domainName) {
		String name = (domainName == null || domainName.isBlank()) ? domainId : domainName;
		this.mapper.insertIfAbsent(domainId, name, LocalDateTime.now(this.clock));
		return this.mapper.findByDomainId(domainId).orElseThrow();
	}

	public Optional<Merchant> find(MerchantId id) {
		return this.mapper.findById(id);
	}

	public Optional<Merchant> findByDomainId(String domainId) {
		return this.mapper.findByDomainId(domainId);
	}

	/** For the operators' overview: how many merchants, and the newest ones. */
	public MerchantOverview overview(int newest) {
		return new MerchantOverview(this.mapper.count(), this.mapper.findNewest(newest));
	}

	public record MerchantOverview(long total, List<Merchant> newest) {
	}

}
