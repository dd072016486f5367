package io.sellercenter.saas;

import java.time.LocalDateTime;

/** A key bound to an interface type; its secret stays sealed until a call is signed. */
public record BoundKey(InterfaceType interfaceType, String accessKey, String secretSealed, LocalDateTime createdAt) {

}
