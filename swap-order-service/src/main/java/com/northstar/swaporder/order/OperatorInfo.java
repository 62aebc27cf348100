package com.northstar.swaporder.order;

import java.time.LocalDateTime;

/** The seed's {@code operatorInfo} block: who handled an abnormal order, when, and why. */
public record OperatorInfo(String operatorId, String operatorName, LocalDateTime operatorTime, String remark) {
}
