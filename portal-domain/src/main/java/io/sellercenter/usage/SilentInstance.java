package io.sellercenter.usage;

import java.time.LocalDateTime;

/** An on-demand instance in use (NORMAL) that got no usage record lately. */
public record SilentInstance(String instanceId, String productNameZh, String productNameEn, LocalDateTime lastUsage) {

}
