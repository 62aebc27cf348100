package com.northstar.platform.core.paging;

import java.util.List;

/** Seed 002 page: {@code {data:[...],pageIndex,pageSize,sumData:{...},totalCount}}. */
public record StoredValuePage<T, S>(List<T> data, int pageIndex, int pageSize, S sumData, long totalCount) {
}
