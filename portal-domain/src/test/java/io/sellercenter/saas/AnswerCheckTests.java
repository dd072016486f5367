package io.sellercenter.saas;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerCheckTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "200|{\"resultCode\":\"000000\",\"instanceId\":\"i-1\"}|newInstance|SUCCESS|",
			"200|{\"resultCode\":\"000000\"}|newInstance|FAILED|NO_INSTANCE_ID",
			"200|{\"resultCode\":\"000000\",\"instanceId\":\"has spaces\"}|newInstance|FAILED|NO_INSTANCE_ID",
			"200|{\"resultCode\":\"000000\"}|releaseInstance|SUCCESS|",
			"200|{\"resultCode\":\"000004\"}|newInstance|PROCESSING|",
			"200|{\"resultCode\":\"000001\",\"resultMsg\":\"bad sign\"}|queryInstance|FAILED|RESULT_CODE",
			"200|{\"resultCode\":\"0\"}|queryInstance|FAILED|NO_RESULT_CODE",
			"200|{\"resultMsg\":\"ok\"}|queryInstance|FAILED|NO_RESULT_CODE", "200|[1,2]|queryInstance|FAILED|NOT_JSON",
			"200|<html>|queryInstance|FAILED|NOT_JSON",
			"500|{\"resultCode\":\"000000\"}|queryInstance|FAILED|HTTP_STATUS", "301||queryInstance|FAILED|REDIRECT" })
	void judgesByTheMarketplacesRules(int status, String body, String activity, Outcome outcome, CallFailure failure) {
		MerchantClient.Answer answer = new MerchantClient.Answer(status, "application/json",
				(body == null) ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));

		AnswerCheck.Verdict verdict = AnswerCheck.judge(Activity.ofWireName(activity), answer);

		assertThat(verdict.outcome()).isEqualTo(outcome);
		assertThat(verdict.failure()).isEqualTo(failure);
	}

	@Test
	void namesTheMeaningOfEveryDocumentedCode() {
		assertThat(AnswerCheck.meaningKey("000003")).isEqualTo("saas.resultCode.000003");
		assertThat(AnswerCheck.meaningKey("000123")).isEqualTo("saas.resultCode.0001xx");
		assertThat(AnswerCheck.meaningKey("999999")).isEqualTo("saas.resultCode.other");
	}

}
